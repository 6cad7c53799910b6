// coder/literal_roles.h — another coder's verb pattern read as that coder reads it.
//
// TABARI and PETRARCH patterns (VerbPattern::foreign) carry their own grammar: negation and
// modality are words of the pattern ("DIDN'T *"), and "$" / "+" / "^" slots say where the
// source and target stand. read_literal_roles() finds the source and target of such a pattern
// the way those coders do, in this order:
//   - the target is the first actor after the verb (a place or not), up to a subordinate clause
//     ("... after a patrol was reported near X"), not the source again; with none, and when
//     asked (TABARI's CODE ALL), a pronoun right after the verb ("to assist it") is the nearest
//     actor before it;
//   - the pattern's slots override: '$' the source, '+' the target, where they stand (before,
//     among or after the matched words); "^ +" passes over one actor; when the '+' slot holds
//     the clause's subject ("+ WAS * DEAD"), the source is the other actor after the verb;
//   - the passive as TABARI detects it: "X was (fiercely) opposed by Y" is Y -> X.
#pragma once

#include <functional>
#include <vector>

#include "coder/clause.h"

namespace parley::coder {

// Adds to `out` the mention `first_mention` and those coordinated with it ("A and B", "A, the
// B, and C") that end by token `limit`.
using Coordinate =
    std::function<void(size_t first_mention, uint32_t limit, std::vector<size_t>& out)>;

// Fills r.subjects, r.objects (indices into `mentions`), r.passive, r.reason and r.coded for the
// verb `vi` of sentence `s`, whose pattern is `vp`; `subjects` is the clause's subject as found.
void read_literal_roles(const Analysis& a, size_t s, const VerbPattern& vp,
                        const std::vector<Mention>& mentions, const std::vector<VerbMatch>& verbs,
                        size_t vi, std::vector<size_t> subjects, bool pronoun_targets,
                        const Coordinate& coordinate, ClauseReading& r);

}  // namespace parley::coder

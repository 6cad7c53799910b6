// lexicon/compare.h — how much of one set of dictionaries another covers, and where the two
// code the same phrase differently.
//
// `parley dict compare A B` asks this of two loaded Lexicons (parley's own, PETRARCH's Phoenix
// set, a TABARI project, a folder in parley's format) to show where parley's dictionaries are
// thin and where they disagree with an established coder. Three kinds of entries are compared,
// each by a normalised form, so that spelling differences in the files do not count:
//
//   actors   every name, adjective and capital of an entity, and every office holder's name:
//            its words in lower case as the matcher sees them, a leading "the" dropped. Its
//            codes are the entity's CAMEO code and its dated codes (a holder: the code of the
//            entity the holder serves).
//   agents   every title or agent noun, normalised the same way; its code is the CAMEO role.
//   verbs    every verb pattern, as its literal words in order with the verb's lemma for the
//            braces and without gaps ("{hold} * talks with" -> "hold talks with"); its code is
//            the CAMEO event code. A pattern's head is the lemma in braces (else its first word).
//
// A phrase B also has is "covered". Covered phrases are then sorted by agreement: a code in
// common; else the same root (actors: the first three letters, the country, or the first six
// for a transnational code such as IGOUNO...; verbs: the two-digit CAMEO root; agents: the
// first three letters, the primary role, so GOVAGR and GOV share a root);
// else different. Samples are deterministic: the gaps sorted by phrase and taken at even steps,
// so a report is the same run after run and spans the alphabet.
//
// The comparison reads both Lexicons and changes neither; it allocates only its result.
#pragma once

#include <string>
#include <vector>

#include "parley/lexicon.h"

namespace parley::lexicon {

struct CoverageSample {
  std::string phrase;  // normalised (see above)
  std::string codes;   // A's codes for it, ","-separated
  std::string other;   // B's codes for it (disagreements only)
  std::string where;   // verbs: A's file:line; else empty
};

// How many of A's entries of one kind B has. same_code + same_root + differ == covered.
struct KindCoverage {
  size_t total = 0;       // distinct normalised phrases of this kind in A
  size_t covered = 0;     // of which B has the same phrase, of the same kind
  size_t same_code = 0;   // covered, with a code in common
  size_t same_root = 0;   // covered, no code in common but one with the same root
  size_t differ = 0;      // covered, codes differ
  size_t head_known = 0;  // verbs only: patterns whose head lemma B uses in any pattern
  std::vector<CoverageSample> missing;    // samples of A's phrases B lacks
  std::vector<CoverageSample> differing;  // samples of covered phrases whose codes differ
};

// How much of A B covers.
struct Coverage {
  KindCoverage actors, agents, verbs;
};

struct Comparison {
  Coverage a_in_b, b_in_a;
};

// Compares `a` and `b` both ways, keeping at most `samples` samples of each gap.
Comparison compare_lexicons(const Lexicon& a, const Lexicon& b, size_t samples = 20);

}  // namespace parley::lexicon

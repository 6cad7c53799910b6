// coder/act_context.h — what the words around an act say of it.
//
// Before an act is coded the coder asks its sentence a few questions: on which day it took
// place (a date written next to it, the release's date line, the document's date), whether it
// is background (more than a year old, "in 1942", "two years ago"), a stand on a kind of act
// rather than an act ("condemns terrorism in all its forms"), a courtesy about the relationship
// itself ("satisfaction with the development of relations"), or domestic politics (a bill, a
// tax, Congress). Each answer is read from the tokens alone; none changes anything.
#pragma once

#include <cstdint>
#include <string>

#include "coder/analysis.h"
#include "coder/dateline.h"

namespace parley::coder {

// The date of an act in sentence `s` whose verb or noun is at `head`: a date written in the
// sentence ("on 4 May", "today"), else the date of its release on a page of several, else the
// document's news date. `stated` (if given) says whether the sentence stated it. A `comment`
// (a statement about an act) is not dated by a date that belongs to the act in its object.
std::string sentence_date(const Analysis& a, size_t s, const DatelineInfo& dl, uint32_t head,
                          bool* stated = nullptr, bool comment = false);

// An act dated more than about a year before the document's news date (both ISO).
bool background(const std::string& date, const std::string& news);

// "In 1942 ...": a year alone in sentence `s`, two or more years before `news_year`.
bool old_year(const Analysis& a, size_t s, int news_year);

// "froze diplomatic ties last year", "signed the treaty two years ago".
bool years_ago(const Analysis& a, size_t s);

// "condemns terrorism in all its forms": a stand on a kind of act, after the verb.
bool principle(const Analysis& a, size_t s, uint32_t after_verb);

// "expressed satisfaction with the development of relations": the relationship is the object.
bool about_relations(const Analysis& a, size_t s, uint32_t after_verb);

// "opposed the amendment": the object of an act with no foreign party is domestic law or money.
bool domestic_object(const Analysis& a, size_t s, uint32_t from);

}  // namespace parley::coder

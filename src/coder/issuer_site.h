// coder/issuer_site.h — the government or organisation a text's web address belongs to.
//
// Scraped corpora carry the page's address ("https://mofa.gov.pk/...", "https://www.nato.int/
// ..."). When the text itself names no issuer, an official site says whose release it is: a
// government domain under a country code (".gov.pk", ".go.jp", ".gob.ar", ".gouv.fr"), the
// United States' ".gov", a foreign ministry's own domain ("mfa.", "mofa."), or the site of an
// international organisation. News sites, aggregators and embassies' blogs say nothing and give
// no issuer.
#pragma once

#include <string>
#include <string_view>

#include "parley/lexicon.h"

namespace parley::coder {

// The entity key of the issuer of a page at `url`, or empty when the address names none.
std::string issuer_of_site(std::string_view url, const Lexicon& lex);

}  // namespace parley::coder

// coder/issuer_site.cc — the issuer a page's web address names; see issuer_site.h.
#include "coder/issuer_site.h"

#include <vector>

#include "text/ascii.h"

namespace parley::coder {
namespace {

// The host of a URL, lower case, without "www.".
std::string host_of(std::string_view url) {
  size_t scheme = url.find("://");
  if (scheme != std::string_view::npos) url.remove_prefix(scheme + 3);
  url = url.substr(0, url.find_first_of("/?#:"));
  std::string host = text::ascii_lower(url);
  if (host.starts_with("www.")) host.erase(0, 4);
  return host;
}

std::vector<std::string_view> labels(std::string_view host) {
  std::vector<std::string_view> out;
  while (true) {
    size_t dot = host.find('.');
    out.push_back(host.substr(0, dot));
    if (dot == std::string_view::npos) break;
    host.remove_prefix(dot + 1);
  }
  return out;
}

// Sites of international organisations (their registered domains), by entity key.
struct Site {
  const char* domain;
  const char* entity;
};
constexpr Site kOrganisationSites[] = {
    {"un.org", "UN"},
    {"nato.int", "NATO"},
    {"oas.org", "OAS"},
    {"osce.org", "OSCE"},
    {"europa.eu", "EU"},
    {"asean.org", "ASEAN"},
    {"au.int", "AU"},
    {"caricom.org", "CARICOM"},
    {"forumsec.org", "PIF"},
    {"coe.int", "COE"},
    {"oic-oci.org", "OIC"},
    {"gcc-sg.org", "GCC"},
    {"thecommonwealth.org", "COMMONWEALTH"},
};

}  // namespace

std::string issuer_of_site(std::string_view url, const Lexicon& lex) {
  const std::string host = host_of(url);
  if (host.empty()) return {};
  for (const auto& site : kOrganisationSites) {
    std::string_view d = site.domain;
    if ((host == d || host.ends_with("." + std::string(d))) && lex.entity(site.entity))
      return site.entity;
  }
  auto parts = labels(host);
  if (parts.size() < 2) return {};
  std::string_view top = parts.back();
  // The United States federal government: "state.gov", "obamawhitehouse.archives.gov".
  if (top == "gov") return lex.entity("USA") ? "USA" : "";
  if (top.size() != 2) return {};
  // A government second-level domain under the country code, or a foreign ministry's domain.
  std::string_view second = parts[parts.size() - 2];
  bool government = text::one_of(second, {"gov", "go", "gob", "gouv", "gv", "govt", "gub"});
  for (size_t i = 0; i + 1 < parts.size(); ++i)
    government |= text::one_of(parts[i], {"mfa", "mofa", "mofaic", "kremlin", "mid", "mea"});
  // A local council under a national government domain ("herefordshire.gov.uk") is no state.
  if (parts.size() >= 3) {
    std::string_view local = parts[parts.size() - 3];
    for (const char* w : {"shire", "council", "county", "city", "borough", "municipal"})
      government &= local.find(w) == std::string_view::npos;
  }
  if (!government) return {};
  std::string code(top == "uk" ? std::string_view("gb") : top);
  const Entity* state = lex.state_by_alpha2(code);
  return state ? state->key : "";
}

}  // namespace parley::coder

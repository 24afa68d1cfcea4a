// Stage "metadata": title, byline, dates, site name, language, excerpt, lead image; JSON-LD first,
// then OpenGraph/Twitter/meta tags, then visible markup.
#ifndef CLEARSOURCE_META_METADATA_H_
#define CLEARSOURCE_META_METADATA_H_

#include <optional>
#include <string>
#include <vector>

#include "clean/urls.h"
#include "parse/dom.h"

namespace clearsource {

struct Metadata {
  std::optional<std::string> title;      // cleaned (no site-name suffix)
  std::optional<std::string> raw_title;  // <title> as written
  std::optional<std::string> og_title;
  std::optional<std::string> h1;
  std::optional<std::string> byline;
  std::optional<std::string> site_name;
  std::optional<std::string> published_time;  // ISO 8601
  std::optional<std::string> modified_time;
  std::optional<std::string> lang;
  std::optional<std::string> dir;
  std::optional<std::string> excerpt;
  std::optional<std::string> lead_image;
  std::optional<std::string> canonical_url;
  std::optional<std::string> og_url;
  std::optional<std::string> keywords;
  std::optional<std::string> jsonld_publisher;
  std::vector<std::string> jsonld_author_orgs;  // author.worksFor / affiliation names
  std::optional<std::string> og_site_name;      // og:site_name / application-name as written
  std::optional<std::string> jsonld_based_on;   // isBasedOn / isBasedOnUrl: the work republished
  std::optional<std::string> jsonld_url;        // the article's url / @id / mainEntityOfPage
  bool fact_check = false;                      // JSON-LD ClaimReview: a fact-check page
  std::optional<std::string> section;           // article:section
  bool robots_noindex = false;
  std::optional<std::string> base_href;  // <base href>, resolved
};

Metadata ExtractMetadata(const Document& doc, const Url& page_url);

// Normalizes a date string to ISO 8601 ("2024-04-10T14:03:00Z", "2024-04-10"); nullopt when it
// cannot be read with confidence.
std::optional<std::string> NormalizeDate(std::string_view s);

// A byline as the view shows it: "By Jane Doe, Staff Writer" -> "Jane Doe, Staff Writer"; URLs
// are not names (nullopt).
std::optional<std::string> CleanByline(std::string_view raw);

// Removes a site-name suffix/prefix from a page title ("Headline | Site" -> "Headline").
std::string CleanTitle(std::string_view title, const std::optional<std::string>& site_name);

}  // namespace clearsource

#endif  // CLEARSOURCE_META_METADATA_H_

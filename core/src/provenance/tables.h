// Tables generated at build time by cmake/gen_tables.cmake (see cmake/generated_tables.cmake):
// the publisher table from core/data/publishers.tsv and the Public Suffix List from Debian's
// publicsuffix package. Only publishers.cc and domains.cc read them.
#ifndef CLEARSOURCE_PROVENANCE_TABLES_H_
#define CLEARSOURCE_PROVENANCE_TABLES_H_

namespace clearsource {

// One line of core/data/publishers.tsv; multi-valued columns keep their '|' / ',' separators.
struct PublisherRow {
  const char* name;
  const char* aliases;  // '|'-separated
  const char* domains;  // '|'-separated registrable domains
  const char* kind;     // wire, newspaper, broadcaster, magazine, digital, agency-photo
  const char* country;  // ISO 3166-1 alpha-2
  const char* lang;     // ISO 639-1
  const char* flags;    // ','-separated: ambiguous=ALIAS, group=ID, press-release, aggregator
};

extern const PublisherRow kPublisherRows[];
extern const unsigned kPublisherRowCount;

// Public Suffix List rules, lower-case, by kind and sorted in byte order: normal rules ("com",
// "公司.cn"), wildcard rules without their "*." ("ck" for "*.ck"), exception rules without
// their "!" ("www.ck").
extern const char* const kPsl_normal[];
extern const unsigned kPsl_normalCount;
extern const char* const kPsl_wildcard[];
extern const unsigned kPsl_wildcardCount;
extern const char* const kPsl_exception[];
extern const unsigned kPsl_exceptionCount;

}  // namespace clearsource

#endif  // CLEARSOURCE_PROVENANCE_TABLES_H_

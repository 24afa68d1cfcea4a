#include "provenance/analyze.h"

#include "output/json_writer.h"
#include "provenance/attribution.h"
#include "provenance/context.h"
#include "provenance/fingerprint.h"
#include "provenance/forum.h"
#include "provenance/injection.h"
#include "provenance/link_farm.h"
#include "provenance/metadata_consistency.h"
#include "provenance/syndication.h"
#include "provenance/template_junk.h"
#include "provenance/verdict.h"
#include "provenance/weights.h"
#include "util/text.h"

namespace clearsource {
namespace {

void WriteSignal(const Signal& s, JsonWriter* w) {
  w->BeginObject();
  w->Key("id").String(s.id);
  w->Key("weight").Number(
      static_cast<double>(static_cast<long long>(s.weight * 1000 + (s.weight < 0 ? -0.5 : 0.5))) /
      1000);
  w->Key("message").String(s.message);
  w->Key("evidence").BeginArray();
  for (const Evidence& e : s.evidence) {
    w->BeginObject();
    w->Key("text").String(e.text);
    w->Key("where").String(e.where);
    w->EndObject();
  }
  w->EndArray();
  w->EndObject();
}

}  // namespace

// Stage 6: each signal module reads the shared context; the verdict combines them.
std::string AnalyzeProvenance(const Document& doc, const Workspace& ws, const Metadata& meta,
                              const Url& page_url, const Result& result) {
  ProvenanceContext c(doc, ws, meta, page_url, result);
  AttributionResult attribution = AnalyzeAttribution(c);
  InjectionResult injection = AnalyzeInjection(c);
  LinkFarmResult link_farm = AnalyzeLinkFarm(c);
  TemplateJunkResult junk = AnalyzeTemplateJunk(c);
  MetadataConsistencyResult metadata =
      AnalyzeMetadataConsistency(c, attribution, injection.clean_title);
  SyndicationResult syndication = AnalyzeSyndication(c, attribution);
  ForumResult forum = AnalyzeForum(c, attribution, syndication);
  const std::optional<Fingerprint>& fingerprint = c.ArticleFingerprint();
  Verdict v = DecideVerdict({attribution, injection, link_farm, junk, metadata, syndication,
                             fingerprint.has_value(), &forum});

  JsonWriter w;
  w.Reserve(4096);  // the fingerprint alone is ~350 bytes; signals and evidence add a few KB
  w.BeginObject();
  w.Key("verdict").String(v.verdict);
  w.Key("score").Number(static_cast<double>(static_cast<long long>(v.score * 1000 + 0.5)) / 1000);
  w.Key("signals").BeginArray();
  for (const std::optional<Signal>* s :
       {&attribution.signal, &injection.signal, &link_farm.signal, &junk.signal, &metadata.signal,
        &forum.signal, &syndication.signal}) {
    if (*s) WriteSignal(**s, &w);
  }
  w.EndArray();

  // The likely original: the outlet the strongest attribution names; for a copy or farm page
  // without one, still a search query built from the clean title.
  bool copy_like = v.verdict == "suspected-copy" || v.verdict == "content-farm";
  bool named = !attribution.publisher.empty() && v.verdict != "original";
  w.Key("likelyOriginal");
  if (named || (copy_like && !injection.clean_title.empty())) {
    std::string query;
    if (!injection.clean_title.empty()) query = "\"" + injection.clean_title + "\"";
    if (named) query += (query.empty() ? "" : " ") + attribution.publisher;
    w.BeginObject();
    w.Key("publisher");
    if (named)
      w.String(attribution.publisher);
    else
      w.Null();
    w.Key("url");
    if (named && !attribution.url.empty())
      w.String(attribution.url);
    else
      w.Null();
    w.Key("searchQuery").String(query);
    w.EndObject();
  } else {
    w.Null();
  }
  // The host the page was judged as: the publisher's when it came through a cache, proxy or web
  // archive, so the extension keys its memory and site choices by the publisher, not the proxy.
  w.Key("host");
  if (c.host.empty())
    w.Null();
  else
    w.String(c.host);
  // The table outlet owning the host's domain (not one the page only presents itself as): the
  // extension never calls an outlet's own page a copy of an unknown site's text.
  w.Key("hostPublisher");
  if (c.host_publisher && !c.presented)
    w.String(c.host_publisher->name);
  else
    w.Null();
  w.Key("cleanTitle");
  if (injection.clean_title.empty())
    w.Null();
  else
    w.String(injection.clean_title);
  w.Key("fingerprint");
  if (fingerprint)
    w.Raw(FingerprintToJson(*fingerprint));
  else
    w.Null();
  w.EndObject();
  return w.Take();
}

}  // namespace clearsource

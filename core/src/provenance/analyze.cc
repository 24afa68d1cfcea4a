#include "provenance/analyze.h"

#include "output/json_writer.h"

namespace clearsource {

// Placeholder until the provenance signals land: an honest "unknown" with no signals.
std::string AnalyzeProvenance(const Document&, const Workspace&, const Metadata&, const Url&,
                              const Result&) {
  JsonWriter w;
  w.BeginObject();
  w.Key("verdict").String("unknown");
  w.Key("score").Number(0);
  w.Key("signals").BeginArray().EndArray();
  w.Key("likelyOriginal").Null();
  w.Key("cleanTitle").Null();
  w.Key("fingerprint").Null();
  w.EndObject();
  return w.Take();
}

}  // namespace clearsource

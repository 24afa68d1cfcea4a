// Native CLI for benchmarks and fuzz-corpus runs (the user-facing CLI is scripts/cli.mjs, which
// runs the wasm build). Usage:
//   clearsource-native [--url URL] [--format json|text|html] [--parse-only] [--repeat N] FILE...
//   clearsource-native --batch LIST.jsonl ...     (lines {"file": PATH, "url": URL})
// FILE may be "-" for stdin. JSON output is one line per input with a "file" field.
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "clearsource/extract.h"
#include "gumbo.h"
#include "output/json_writer.h"
#include "util/json.h"

namespace {

struct Input {
  std::string file;
  std::string url;
};

bool ReadAll(const std::string& path, std::string* out) {
  if (path == "-") {
    std::ostringstream ss;
    ss << std::cin.rdbuf();
    *out = ss.str();
    return true;
  }
  std::ifstream f(path, std::ios::binary);
  if (!f) return false;
  std::ostringstream ss;
  ss << f.rdbuf();
  *out = ss.str();
  return true;
}

int Usage() {
  std::fprintf(stderr,
               "usage: clearsource-native [--url URL] [--format json|text|html] [--parse-only]\n"
               "                          [--repeat N] [--options JSON] (--batch LIST | FILE...)\n"
               "Gzipped inputs: decompress first (the Node CLI reads .gz transparently).\n");
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  std::string url, format = "json", options, batch;
  bool parse_only = false;
  int repeat = 1;
  std::vector<Input> inputs;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto next = [&]() -> std::string { return i + 1 < argc ? argv[++i] : ""; };
    if (a == "--url")
      url = next();
    else if (a == "--format")
      format = next();
    else if (a == "--options")
      options = next();
    else if (a == "--batch")
      batch = next();
    else if (a == "--parse-only")
      parse_only = true;
    else if (a == "--repeat")
      repeat = std::max(1, std::atoi(next().c_str()));
    else if (a == "-h" || a == "--help")
      return Usage();
    else if (a.size() > 1 && a[0] == '-' && a != "-")
      return Usage();
    else
      inputs.push_back({a, url});
  }
  if (!batch.empty()) {
    std::string list;
    if (!ReadAll(batch, &list)) {
      std::fprintf(stderr, "cannot read %s\n", batch.c_str());
      return 2;
    }
    std::istringstream ls(list);
    std::string line;
    while (std::getline(ls, line)) {
      if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
      clearsource::JsonValue v;
      if (!clearsource::ParseJson(line, &v) || !v.Get("file") || !v.Get("file")->is_string()) {
        std::fprintf(stderr, "bad batch line: %s\n", line.c_str());
        return 2;
      }
      const clearsource::JsonValue* u = v.Get("url");
      inputs.push_back({v.Get("file")->string, u && u->is_string() ? u->string : url});
    }
  }
  if (inputs.empty()) return Usage();
  if (format != "json" && format != "text" && format != "html") return Usage();

  int failures = 0;
  for (const Input& in : inputs) {
    std::string html;
    if (!ReadAll(in.file, &html)) {
      clearsource::JsonWriter w;
      w.BeginObject().Key("file").String(in.file).Key("ok").Bool(false);
      w.Key("error").BeginObject().Key("code").String("io").Key("message").String(
          "cannot read file");
      w.EndObject().EndObject();
      std::printf("%s\n", w.str().c_str());
      ++failures;
      continue;
    }
    if (parse_only) {
      // Baseline for the speed benchmark: gumbo alone, default allocator.
      auto t0 = std::chrono::steady_clock::now();
      for (int k = 0; k < repeat; ++k) {
        GumboOutput* out =
            gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size());
        gumbo_destroy_output(&kGumboDefaultOptions, out);
      }
      double ms =
          std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count() /
          repeat;
      std::printf("{\"file\":\"%s\",\"bytes\":%zu,\"parseMs\":%.4f}\n", in.file.c_str(),
                  html.size(), ms);
      continue;
    }
    clearsource::Options opts;
    clearsource::Status s = clearsource::ParseOptionsJson(options, &opts);
    if (!s.ok()) {
      std::fprintf(stderr, "%s\n", s.message.c_str());
      return 2;
    }
    clearsource::Result r;
    auto t0 = std::chrono::steady_clock::now();
    for (int k = 0; k < repeat; ++k) r = clearsource::Extract(html, in.url, opts);
    double ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count() /
        repeat;
    if (!r.status.ok()) ++failures;
    if (format == "json") {
      std::string json = clearsource::ResultToJson(r);
      // Prefix "file" and the wall time of the whole call.
      clearsource::JsonWriter head;
      head.BeginObject().Key("file").String(in.file).Key("totalMs").Number(ms);
      std::string line = head.str() + "," + json.substr(1);
      std::printf("%s\n", line.c_str());
    } else if (!r.status.ok()) {
      std::fprintf(stderr, "%s: %s: %s\n", in.file.c_str(),
                   clearsource::ErrorCodeName(r.status.code), r.status.message.c_str());
    } else {
      std::printf("%s\n", format == "text" ? r.text_content.c_str() : r.content.c_str());
    }
  }
  return failures ? 1 : 0;
}

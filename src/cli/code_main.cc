// cli/code_main.cc — `parley code`: read, code in parallel, print in input order, store.
#include <unistd.h>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <thread>

#include "cli/args.h"
#include "cli/commands.h"
#include "parley/coder.h"
#include "parley/output.h"
#include "parley/reader.h"
#include "parley/store.h"

namespace parley::cli {
namespace {

constexpr const char* kHelp = R"(usage: parley code [options] FILE... | -

Codes each document and prints the result on standard output.

options:
  --format F   json (one object per document, the output contract; default), tsv (one event a
               row, with a header), table (aligned, for reading at a terminal)
  --db FILE    also store the coded documents in this SQLite file (created if missing; a
               document coded again replaces its earlier copy)
  -j N         code with N threads (default: the number of cores)
  --dict D     add dictionaries (repeatable): a folder in parley's format, or another coder's:
               petrarch:DIR (PETRARCH2/Phoenix), petrarch-validate:DIR (PETR.Validate.*),
               tabari:FILE.project (a TABARI project)
  --meetings   with --format tsv: print the meetings (one row per participant), not the events
  --quiet      no progress or summary on standard error

Exit status: 0, or 1 when some input could not be read (each is named on standard error).
)";

// Codes documents in batches on `threads` threads; results keep the input order.
class Pipeline {
 public:
  Pipeline(const Coder& coder, int threads) : coder_(coder), threads_(threads) {}

  void add(Document&& doc) {
    batch_.push_back(std::move(doc));
    if (batch_.size() >= 64u * static_cast<size_t>(threads_)) flush_batch();
  }
  template <typename F>
  void drain(F&& f) {
    flush_batch();
    for (auto& d : done_) f(d);
    done_.clear();
  }
  bool ready() const { return !done_.empty(); }

 private:
  void flush_batch() {
    if (batch_.empty()) return;
    std::vector<CodedDocument> out(batch_.size());
    std::atomic<size_t> next{0};
    auto work = [&] {
      for (size_t i; (i = next++) < batch_.size();) out[i] = coder_.code(batch_[i]);
    };
    std::vector<std::thread> pool;
    for (int t = 1; t < threads_; ++t) pool.emplace_back(work);
    work();
    for (auto& t : pool) t.join();
    for (auto& d : out) done_.push_back(std::move(d));
    batch_.clear();
  }

  const Coder& coder_;
  int threads_;
  std::vector<Document> batch_;
  std::vector<CodedDocument> done_;
};

}  // namespace

int code_main(int argc, char** argv) {
  Args args(argc, argv, 2, {"--format", "--db", "-j", "--dict"});
  if (!args.error().empty()) {
    std::cerr << "parley code: " << args.error() << "\n" << kHelp;
    return 2;
  }
  if (args.has("--help") || args.has("-h")) {
    std::cout << kHelp;
    return 0;
  }
  std::string format = args.get("--format", "json");
  if (format != "json" && format != "tsv" && format != "table") {
    std::cerr << "parley code: unknown --format '" << format << "' (use json, tsv or table)\n";
    return 2;
  }
  if (args.positional().empty()) {
    std::cerr << "parley code: no input; give files, folders, or - for JSON Lines on stdin\n";
    return 2;
  }
  int threads = static_cast<int>(std::thread::hardware_concurrency());
  if (args.has("-j")) threads = std::atoi(args.get("-j").c_str());
  if (threads < 1) threads = 1;
  const bool quiet = args.has("--quiet");

  auto lex = load_lexicon(args.all("--dict"));
  if (!lex) return 2;
  Coder coder(lex);

  std::unique_ptr<Store> store;
  if (args.has("--db")) {
    auto opened = Store::open(args.get("--db"));
    if (!opened.ok()) {
      std::cerr << "parley code: " << opened.message() << "\n";
      return 2;
    }
    store = std::move(opened.value());
    (void)store->begin();
  }

  const bool meetings = args.has("--meetings");
  if (meetings && format != "tsv") {
    std::cerr << "parley code: --meetings goes with --format tsv\n";
    return 2;
  }
  if (format == "tsv") std::cout << (meetings ? meetings_tsv_header() : tsv_header());
  if (format == "table") std::cout << table_header();
  long documents = 0, events = 0, bytes = 0, store_errors = 0;
  const auto start = std::chrono::steady_clock::now();
  const bool tty = isatty(fileno(stderr));
  auto emit = [&](const CodedDocument& d) {
    ++documents;
    events += static_cast<long>(d.events.size());
    if (format == "json")
      std::cout << to_json(d) << '\n';
    else if (format == "tsv")
      std::cout << (meetings ? meetings_to_tsv(d) : to_tsv(d));
    else
      std::cout << to_table(d);
    if (store) {
      if (Status s = store->put(d); !s.ok()) {
        ++store_errors;
        std::cerr << "parley code: " << s.message() << "\n";
      }
    }
    if (!quiet && tty && documents % 1000 == 0)
      std::cerr << "\rparley: " << documents << " documents, " << events << " events" << std::flush;
  };
  Pipeline pipeline(coder, threads);
  ReadStats stats = read_inputs(
      args.positional(),
      [&](Document&& doc) {
        bytes += static_cast<long>(doc.text.size());
        pipeline.add(std::move(doc));
        if (pipeline.ready()) pipeline.drain(emit);
      },
      [&](const Diagnostic& d) { std::cerr << "parley: " << d.to_string() << "\n"; });
  pipeline.drain(emit);
  if (store) {
    if (Status s = store->commit(); !s.ok()) {
      std::cerr << "parley code: " << s.message() << "\n";
      ++store_errors;
    }
  }
  std::cout.flush();
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (!quiet) {
    if (tty) std::cerr << "\r";
    char buf[256];
    std::snprintf(buf, sizeof buf,
                  "parley: %ld documents (%.1f MB) coded in %.2f s: %ld events%s%s\n", documents,
                  static_cast<double>(bytes) / 1e6, seconds, events,
                  stats.errors ? ", some input could not be read" : "",
                  store ? (", stored in " + args.get("--db")).c_str() : "");
    std::cerr << buf;
  }
  return stats.errors || store_errors ? 1 : 0;
}

}  // namespace parley::cli

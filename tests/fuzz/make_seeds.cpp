// Writes the seed corpus of the fuzz targets (scripts/fuzz.sh runs it):
//   make_seeds <out_dir>  ->  <out_dir>/fuzz_import/*.json, <out_dir>/fuzz_storage/*.bin
//
// fuzz_import: the ```json examples of docs/FORMAT.md (fragments such as a `"history": [...]`
// member are wrapped into a whole document; the "..." ellipses of the examples are cut),
// the e2e fixtures sample.json and rich.json, and exports written by ExportStore (the
// unit tests' full store, one per collection, and the store with its history).
// fuzz_storage: folders written by StoreStorage::Save (packed as storage_container.h
// describes): the full store, the sample fixture stored with small shards (several shards
// per collection), a folder after two saves (with manifest.prev.json), the empty store;
// each with and without the checksum repair flag.
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "fake_file_system.h"
#include "io/import.h"
#include "io/storage.h"
#include "io_samples.h"
#include "storage_container.h"

using namespace card;

namespace {

std::string ReadSource(const std::string& relative) {
    std::ifstream in(std::string(CARD_SOURCE_DIR) + "/" + relative, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

int g_written = 0;

void Write(const std::string& path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << bytes;
    if (!out) {
        std::fprintf(stderr, "make_seeds: cannot write %s\n", path.c_str());
        std::exit(1);
    }
    ++g_written;
}

void Replace(std::string& s, const std::string& from, const std::string& to) {
    for (size_t p = s.find(from); p != std::string::npos; p = s.find(from, p + to.size())) s.replace(p, from.size(), to);
}

// The JSON examples of docs/FORMAT.md, made into whole documents.
std::vector<std::string> FormatDocExamples() {
    std::vector<std::string> out;
    const std::string md = ReadSource("docs/FORMAT.md");
    size_t p = 0;
    while ((p = md.find("```json\n", p)) != std::string::npos) {
        p += 8;
        const size_t end = md.find("\n```", p);
        if (end == std::string::npos) break;
        std::string block = md.substr(p, end - p + 1);
        p = end + 4;
        Replace(block, ", ...", "");
        Replace(block, ",...", "");
        const size_t first = block.find_first_not_of(" \t\r\n");
        if (first == std::string::npos) continue;
        if (block[first] == '"')  // a member such as "history": [...]
            block = "{\"format\":\"client-card\",\"version\":1,\n" + block + "}\n";
        else if (block[first] == '{' && block.find("\"format\"") == std::string::npos)  // one record
            continue;
        out.push_back(block);
    }
    return out;
}

Store StoreWithHistory() {
    Store s = samples::FullStore();
    s.history.Upsert(samples::FullHistoryEntry("h-1", "c-1"));
    HistoryEntry h2 = samples::FullHistoryEntry("h-2", "c-2");
    h2.action = "removed";
    s.history.Upsert(h2);
    return s;
}

// A store with only one collection's records kept (references may then dangle: still a
// useful seed, rejected in replace mode, accepted in merge mode into the pre-filled store).
template <class F>
Store Only(F&& keep) {
    Store s = StoreWithHistory();
    Store out;
    keep(s, out);
    return out;
}

void ImportSeeds(const std::string& dir) {
    int n = 0;
    auto put = [&](const std::string& name, const std::string& text) {
        Write(dir + "/" + std::to_string(++n) + "_" + name + ".json", text);
    };
    const std::vector<std::string> examples = FormatDocExamples();
    if (examples.empty()) {
        std::fprintf(stderr, "make_seeds: no ```json example found in docs/FORMAT.md\n");
        std::exit(1);
    }
    for (size_t i = 0; i < examples.size(); ++i) put("format_md_example" + std::to_string(i + 1), examples[i]);
    for (const char* fixture : {"sample", "rich"}) {
        const std::string text = ReadSource(std::string("tests/e2e/fixtures/") + fixture + ".json");
        if (text.empty()) {
            std::fprintf(stderr, "make_seeds: tests/e2e/fixtures/%s.json is missing\n", fixture);
            std::exit(1);
        }
        put(fixture, text);
    }
    put("full_store", ExportStore(samples::FullStore(), samples::kExportedAt));
    put("with_history", ExportStore(StoreWithHistory(), samples::kExportedAt));
    put("client_export", ExportClient(StoreWithHistory(), "c-1", samples::kExportedAt));
    put("empty_store", ExportStore(Store{}, Moment{}));
    put("employees", ExportStore(Only([](Store& s, Store& o) { o.employees = s.employees; }), samples::kExportedAt));
    put("clients", ExportStore(Only([](Store& s, Store& o) { o.clients = s.clients; }), samples::kExportedAt));
    put("contacts", ExportStore(Only([](Store& s, Store& o) { o.contacts = s.contacts; }), samples::kExportedAt));
    put("interactions",
        ExportStore(Only([](Store& s, Store& o) { o.interactions = s.interactions; }), samples::kExportedAt));
    put("interests", ExportStore(Only([](Store& s, Store& o) { o.interests = s.interests; }), samples::kExportedAt));
    put("relationships",
        ExportStore(Only([](Store& s, Store& o) { o.relationships = s.relationships; }), samples::kExportedAt));
    put("contracts", ExportStore(Only([](Store& s, Store& o) { o.contracts = s.contracts; }), samples::kExportedAt));
    put("history", ExportStore(Only([](Store& s, Store& o) { o.history = s.history; }), samples::kExportedAt));
}

void StorageSeeds(const std::string& dir) {
    int n = 0;
    auto put = [&](const std::string& name, const test::FakeFileSystem& fs) {
        for (uint8_t flags : {uint8_t{0}, fuzz::kRepairChecksums})
            Write(dir + "/" + std::to_string(++n) + "_" + name + (flags ? "_repair" : "") + ".bin",
                  fuzz::PackFolder(fs.files, flags));
    };
    auto save = [](test::FakeFileSystem& fs, Store& s, StorageOptions options = {}) {
        StoreStorage storage(fs, fuzz::kStoreDir, options);
        Store ignored;
        storage.Load(ignored);
        s.MarkAllDirty();
        const SaveReport r = storage.Save(s);
        if (!r.ok) {
            std::fprintf(stderr, "make_seeds: saving a seed store failed: %s\n", r.error.c_str());
            std::exit(1);
        }
    };
    {
        test::FakeFileSystem fs;
        Store s = StoreWithHistory();
        save(fs, s);
        put("full_store", fs);
        // A second save with a change: manifest.prev.json and two generations of a shard.
        Store t = StoreWithHistory();
        t.clients.Upsert(samples::FullClient("c-3", "e-1"));
        save(fs, t);
        put("two_generations", fs);
    }
    {
        test::FakeFileSystem fs;
        Store s;
        const ImportResult r = ApplyImport(s, ReadSource("tests/e2e/fixtures/sample.json"), ImportMode::Replace);
        if (!r.ok) {
            std::fprintf(stderr, "make_seeds: sample.json does not import: %s\n", r.error.c_str());
            std::exit(1);
        }
        StorageOptions small;
        small.target_shard_bytes = 512;  // several shards per collection
        save(fs, s, small);
        put("sample_small_shards", fs);
    }
    {
        test::FakeFileSystem fs;
        Store s;
        save(fs, s);
        put("empty_store", fs);
    }
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: make_seeds <out_dir>  (writes <out_dir>/fuzz_import and <out_dir>/fuzz_storage)\n");
        return 2;
    }
    const std::string out = argv[1];
    ImportSeeds(out + "/fuzz_import");
    StorageSeeds(out + "/fuzz_storage");
    std::printf("make_seeds: %d seed files in %s/fuzz_import and %s/fuzz_storage\n", g_written, out.c_str(),
                out.c_str());
    return 0;
}

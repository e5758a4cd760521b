// A file imported in pieces (ImportReader, JsonObjectPushReader): wherever the pieces end
// (inside a string, an escape, a number, a UTF-8 sequence), the result is the one of the
// whole text; a file kept whole (up to whole_text_bytes) is refused with exactly the
// message of the whole-text import; a larger one at its first problem, a record's problem
// worded the same way, a syntax error with its byte offset.
#include <doctest/doctest.h>

#include <random>
#include <string>
#include <vector>

#include "io/import.h"
#include "io/json_reader.h"
#include "io_samples.h"

using namespace card;
using namespace card::samples;

namespace {

// The pieces sizes tried: 1 byte, odd small ones, a 4 KiB-ish one, the whole text at once.
const std::vector<size_t> kPieceSizes = {1, 2, 3, 7, 64, 4093, 0};

ImportReader ReadInPieces(std::string_view text, size_t piece, const ImportLimits& limits = {}) {
    ImportReader file(static_cast<int64_t>(text.size()), limits);
    const size_t step = piece ? piece : std::max<size_t>(text.size(), 1);
    bool more = true;
    for (size_t at = 0; more && at < text.size(); at += step) more = file.Feed(text.substr(at, step));
    if (more) file.Finish();
    return file;
}

std::string Describe(const ImportResult& r) {
    std::string s = r.ok ? "ok" : "refused: " + r.error;
    s += " +" + std::to_string(r.summary.TotalAdded()) + " ~" + std::to_string(r.summary.TotalUpdated()) + " -" +
         std::to_string(r.summary.TotalRemoved());
    return s;
}

// Random damage: a byte replaced, inserted or removed, 1-3 times.
std::string Damage(std::string t, std::mt19937& rng) {
    static const char kBytes[] = "{}[],:\"\\ 0123456789.eE+-truefalsn\x00\x01\x7f\x80\xbf\xc3\xd0\xed\xf0\xff";
    const int edits = 1 + static_cast<int>(rng() % 3);
    for (int e = 0; e < edits && !t.empty(); ++e) {
        const size_t at = rng() % t.size();
        const char b = kBytes[rng() % (sizeof kBytes - 1)];
        switch (rng() % 4) {
            case 0: t[at] = b; break;
            case 1: t.insert(t.begin() + static_cast<long>(at), b); break;
            case 2: t.erase(at, 1); break;
            default: t.resize(at); break;  // cut short
        }
    }
    return t;
}

std::vector<std::string> Corpus() {
    std::vector<std::string> texts;
    texts.push_back(ExportStore(FullStore(), kExportedAt));
    const std::string demo = SourceFileText("assets/demo.json");
    if (!demo.empty()) texts.push_back(demo);
    // Pieces ending inside escapes, surrogate pairs and multi-byte characters.
    texts.push_back(R"({"format":"client-card","version":1,"clients":[{"id":"c\u002d1","name":"Ё\ud83d\ude00 \"ООО\" \\ \/"}],)"
                    R"("x-note":{"a":[1,2.5e3,-0,true,false,null]}})");
    return texts;
}

}  // namespace

TEST_CASE("push reader: elements and members handed over whole wherever the pieces end") {
    const std::string doc = R"( {"format":"client-card","a":[{"x":"Ё\u0416"},2, 123456 ,"s"],"b":{"k":[1]},"c":[],"n":-12.5e-3} )";
    auto run = [&](size_t piece, std::vector<std::string>& got, JsonReadError& err) {
        got.clear();
        JsonObjectPushReader r(
            {"a", "c"},
            [&](std::string_view name, std::string_view value) {
                got.push_back(std::string(name) + "=" + std::string(value));
                return true;
            },
            [&](size_t k, size_t i, const JsonTape& tape) {
                got.push_back(std::to_string(k) + ":" + std::to_string(i) + "=" + std::string(tape.Raw(tape[0])));
                return true;
            });
        for (size_t at = 0; at < doc.size(); at += piece)
            if (!r.Feed(std::string_view(doc).substr(at, piece), err)) return false;
        return r.Finish(err) && r.consumed() == doc.size();
    };
    std::vector<std::string> whole, got;
    JsonReadError err;
    REQUIRE(run(doc.size(), whole, err));
    CHECK(whole == std::vector<std::string>{"format=\"client-card\"", "0:0={\"x\":\"Ё\\u0416\"}", "0:1=2", "0:2=123456",
                                            "0:3=\"s\"", "b={\"k\":[1]}", "n=-12.5e-3"});
    for (size_t piece = 1; piece < doc.size(); ++piece) {
        CAPTURE(piece);
        CHECK(run(piece, got, err));
        CHECK(got == whole);
    }
    // An incomplete document is refused at Finish, however it was cut.
    for (size_t cut = 0; cut < doc.size() - 2; ++cut) {
        JsonObjectPushReader r({"a"}, [](std::string_view, std::string_view) { return true; },
                               [](size_t, size_t, const JsonTape&) { return true; });
        CAPTURE(cut);
        CHECK_FALSE((r.Feed(std::string_view(doc).substr(0, cut), err) && r.Finish(err)));
    }
}

TEST_CASE("import in pieces: the result of the whole text, messages included (files kept whole)") {
    std::mt19937 rng(23);
    int refused = 0, accepted = 0;
    for (const std::string& base : Corpus()) {
        for (int round = 0; round < 25; ++round) {
            const std::string text = round == 0 ? base : Damage(base, rng);
            for (ImportMode mode : {ImportMode::Merge, ImportMode::Replace}) {
                const Store store = FullStore();
                const std::string expected = Describe(CheckImport(store, text, mode));
                (expected.rfind("ok", 0) == 0 ? accepted : refused)++;
                for (size_t piece : kPieceSizes) {
                    // A piece ending inside a record has the record read again from its
                    // start with the next piece: tiny pieces of a big file take long.
                    if (piece && piece < 64 && text.size() > 20000) continue;
                    CAPTURE(piece);
                    ImportReader file = ReadInPieces(text, piece);
                    CHECK(Describe(CheckImport(store, file, mode)) == expected);
                }
            }
        }
    }
    CHECK(accepted > 0);
    CHECK(refused > 0);
}

TEST_CASE("import in pieces: a file too large to keep is refused at its first problem, wherever the pieces end") {
    ImportLimits streamed;
    streamed.whole_text_bytes = 0;  // nothing is kept: as a file over 256 MiB
    std::mt19937 rng(29);
    for (const std::string& base : Corpus()) {
        for (int round = 0; round < 25; ++round) {
            const std::string text = round == 0 ? base : Damage(base, rng);
            const Store store = FullStore();
            const ImportResult whole = CheckImport(store, text, ImportMode::Merge);
            ImportReader first = ReadInPieces(text, 0, streamed);
            const std::string expected = Describe(CheckImport(store, first, ImportMode::Merge));
            // Never accepts what the whole-text import refuses, and accepts the same records.
            if (expected.rfind("ok", 0) == 0) CHECK(Describe(whole) == expected);
            for (size_t piece : kPieceSizes) {
                if (piece && piece < 64 && text.size() > 20000) continue;
                CAPTURE(piece);
                ImportReader file = ReadInPieces(text, piece, streamed);
                CHECK(Describe(CheckImport(store, file, ImportMode::Merge)) == expected);
            }
        }
    }
}

TEST_CASE("import in pieces: messages of a file read without its whole text") {
    ImportLimits streamed;
    streamed.whole_text_bytes = 0;
    const std::string head = R"({"format":"client-card","version":1,"clients":[)";
    // A record's problem: worded as the whole-text import words it.
    const std::string bad_inn = head + R"({"id":"c-1","name":"A"},{"id":"c-2","name":"B","inn":12}]})";
    ImportReader a = ReadInPieces(bad_inn, 5, streamed);
    CHECK(a.finished());
    CHECK_FALSE(a.error().empty());
    const Store empty;
    CHECK(CheckImport(empty, a, ImportMode::Merge).error == CheckImport(empty, bad_inn, ImportMode::Merge).error);
    CHECK(a.error().rfind("clients[1] (id \"c-2\")", 0) == 0);
    // Reading stops at the first problem: the rest of the file is not asked for.
    ImportReader b(1000, streamed);
    CHECK(b.Feed(head + R"({"id":"c-1","name":"A"},)"));
    CHECK_FALSE(b.Feed(R"({"id":"c-1","name":"again"},)"));
    CHECK(b.error() == "clients[1] (id \"c-1\"): field \"id\": duplicate id, also used by clients[0]");
    CHECK_FALSE(b.Feed("{}"));
    // A syntax error: its byte offset from the start of the file.
    const std::string broken = head + R"({"id":"c-1","name":"A"} {"id":"c-2"}]})";
    ImportReader c = ReadInPieces(broken, 3, streamed);
    CHECK(c.error() == "not valid JSON: byte offset " + std::to_string(broken.find(" {\"id\":\"c-2\"") + 1) +
                           ": expected ',' or ']'");
    ImportReader d = ReadInPieces("[1,2]", 2, streamed);
    CHECK(d.error() == "not a Client Card file: the top level is not an object");
    ImportReader e = ReadInPieces(head + "]", 4, streamed);
    CHECK(e.error() == "not valid JSON: byte offset " + std::to_string(head.size() + 1) + ": unexpected end of input");
}

TEST_CASE("import in pieces: the size limit, before and while reading") {
    ImportLimits small;
    small.file_bytes = 100;
    ImportReader over(101, small);  // the size the browser tells: nothing is read
    CHECK(over.finished());
    CHECK(over.error() == FileTooLargeMessage(101, 100));
    CHECK_FALSE(over.Feed("{"));
    CHECK(over.bytes_read() == 0);
    ImportReader liar(10, small);  // a file that grows while it is read
    const std::string first = std::string(R"({"format":"client-card","version":1,"x":")") + std::string(40, 'a');
    CHECK(liar.Feed(first));
    CHECK_FALSE(liar.Feed(std::string(40, 'a')));
    CHECK(liar.error() == FileTooLargeMessage(static_cast<int64_t>(first.size() + 40), 100));
}

TEST_CASE("import in pieces: applied once, into the store the whole text gives") {
    const std::string text = ExportStore(FullStore(), kExportedAt);
    Store whole, pieces;
    REQUIRE(ApplyImport(whole, text, ImportMode::Replace).ok);
    ImportReader file = ReadInPieces(text, 4093);
    CHECK(CheckImport(pieces, file, ImportMode::Merge).ok);  // checking twice, in both modes, is fine
    CHECK(CheckImport(pieces, file, ImportMode::Replace).ok);
    const ImportResult r = ApplyImport(pieces, file, ImportMode::Replace);
    REQUIRE(r.ok);
    CHECK(ExportStore(pieces, kExportedAt) == ExportStore(whole, kExportedAt));
    // Its records now belong to the store: a second apply is refused and changes nothing.
    const ImportResult again = ApplyImport(pieces, file, ImportMode::Replace);
    CHECK_FALSE(again.ok);
    CHECK(ExportStore(pieces, kExportedAt) == ExportStore(whole, kExportedAt));
}

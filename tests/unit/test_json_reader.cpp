// The strict JSON reader (io/json_reader.h) and the fast record decoding built on it:
// every rule of the reader, its positions, its agreement with nlohmann (it never accepts
// what nlohmann refuses), and DecodeRecordFast giving exactly DecodeRecord's record.
#include <doctest/doctest.h>

#include <memory>
#include <random>
#include <utility>

#include "io/json_reader.h"
#include "io_samples.h"

using namespace card;

namespace {

bool Strict(const std::string& text) {
    JsonReadError err;
    return IsStrictJson(text, err);
}

std::string Why(const std::string& text) {
    JsonReadError err;
    if (IsStrictJson(text, err)) return "ok";
    return DescribeJsonReadError(text, err);
}

bool Nlohmann(const std::string& text) {
    Json j;
    std::string err;
    return ParseJson(text, j, err);
}

// The single value of `text` read onto a tape (the tape points into the text: both are
// kept, for the test's lifetime).
const JsonTape& Tape(const std::string& text) {
    static std::vector<std::unique_ptr<std::pair<std::string, JsonTape>>> kept;
    kept.push_back(std::make_unique<std::pair<std::string, JsonTape>>(text, JsonTape()));
    auto& [t, tape] = *kept.back();
    JsonReadError err;
    size_t pos = 0;
    REQUIRE_MESSAGE(tape.Read(t, pos, 0, err), DescribeJsonReadError(t, err));
    return tape;
}

template <class T>
bool Fast(const std::string& text, T& out) {
    JsonTape tape;
    JsonReadError err;
    size_t pos = 0;
    if (!tape.Read(text, pos, 0, err)) return false;
    return DecodeRecordFast(tape, 0, out);
}

template <class T>
bool Slow(const std::string& text, T& out) {
    Json j;
    std::string err;
    return ParseJson(text, j, err) && DecodeRecord(j, "records[0]", out, err);
}

// Fast accepts => the reference accepts and both made the same record (extra fields too);
// the reference refuses => fast refuses.
template <class T>
void Agree(const std::string& text) {
    T fast, slow;
    const bool f = Fast(text, fast);
    const bool s = Slow(text, slow);
    if (f) {
        REQUIRE_MESSAGE(s, text);
        CHECK_MESSAGE(RecordsEqual(fast, slow), text);
        CHECK_MESSAGE(fast.extra_json == slow.extra_json, text);
    }
    if (!s) CHECK_MESSAGE(!f, text);
}

template <class T>
std::string Text(const T& r) {
    std::string out;
    AppendRecordJson(out, r);
    return out;
}

}  // namespace

TEST_CASE("reader: values, whitespace, literals") {
    CHECK(Strict("{}"));
    CHECK(Strict(" \t\r\n[ 1 , \"a\" , true , false , null , {\"k\" : [ ] } ] \n"));
    CHECK(Strict("\"top-level string\""));
    CHECK(Strict("0"));
    CHECK_FALSE(Strict(""));
    CHECK_FALSE(Strict("   "));
    CHECK_FALSE(Strict("tru"));
    CHECK_FALSE(Strict("nul"));
    CHECK_FALSE(Strict("True"));
    CHECK_FALSE(Strict("{\"a\":1,}"));
    CHECK_FALSE(Strict("[1,]"));
    CHECK_FALSE(Strict("[1 2]"));
    CHECK_FALSE(Strict("{\"a\" 1}"));
    CHECK_FALSE(Strict("{a:1}"));
    CHECK_FALSE(Strict("{'a':1}"));
    CHECK_FALSE(Strict("{\"a\":1} x"));
    CHECK_FALSE(Strict("[1]]"));
    CHECK_FALSE(Strict("\f[1]"));  // form feed is no JSON whitespace
    CHECK_FALSE(Strict("[1,2"));
    // A byte order mark is left to the reference path (which accepts it).
    CHECK_FALSE(Strict("\xEF\xBB\xBF{}"));
    CHECK(Why("{\n  \"a\": 1,\n  }") == "line 3, column 3 (byte offset 14): expected a string key");
}

TEST_CASE("reader: a NUL byte is refused anywhere, \\u0000 is a character") {
    CHECK_FALSE(Strict(std::string("{\"a\":1}\0", 8)));
    CHECK_FALSE(Strict(std::string("{\"a\":\"x\0y\"}", 11)));
    CHECK(Why(std::string("[1,\0]", 5)) == "line 1, column 4 (byte offset 3): a NUL byte (U+0000) is not allowed in JSON text");
    CHECK(Strict("[\"a\\u0000b\"]"));
    const JsonTape& t = Tape("\"a\\u0000b\"");
    std::string scratch;
    CHECK(t.Str(t[0], scratch) == std::string("a\0b", 3));
    CHECK(t[0].decoded == 3);
}

TEST_CASE("reader: UTF-8 is checked strictly, with line, column and byte offset") {
    CHECK(Strict("[\"Ромашка ж € 😀\"]"));
    CHECK(Why("{\"a\": \"\xff\"}") == "line 1, column 8 (byte offset 7): invalid UTF-8 byte 0xFF");
    // Column counts characters, the offset bytes; outside a string too.
    CHECK(Why("{\n\"ж\": 1, \xfe}") == "line 2, column 9 (byte offset 11): invalid UTF-8 byte 0xFE");
    CHECK_FALSE(Strict("[\"\xC0\xAF\"]"));          // overlong '/'
    CHECK_FALSE(Strict("[\"\xE0\x80\xAF\"]"));      // overlong, 3 bytes
    CHECK_FALSE(Strict("[\"\xED\xA0\x80\"]"));      // a surrogate encoded as UTF-8
    CHECK_FALSE(Strict("[\"\xF4\x90\x80\x80\"]"));  // above U+10FFFF
    CHECK_FALSE(Strict("[\"\xD0\"]"));              // cut sequence
    CHECK_FALSE(Strict("[\"\x80\"]"));              // continuation byte alone
    CHECK_FALSE(Strict("[\"\x01\"]"));              // raw control character
    CHECK(Why("[\"a\tb\"]") == "line 1, column 4 (byte offset 3): a control character must be escaped in a string: byte 0x09");
}

TEST_CASE("reader: escapes and surrogates") {
    std::string scratch;
    const JsonTape& t = Tape(R"("q\" b\\ s\/ \b\f\n\r\t \u0416 \ud83d\ude00")");
    CHECK(t[0].escaped);
    const std::string expected = "q\" b\\ s/ \b\f\n\r\t \xD0\x96 \xF0\x9F\x98\x80";
    CHECK(t.Str(t[0], scratch) == expected);
    CHECK(t[0].decoded == expected.size());
    const JsonTape& plain = Tape("\"plain\"");
    CHECK_FALSE(plain[0].escaped);
    CHECK(plain.Str(plain[0], scratch) == "plain");
    CHECK_FALSE(Strict(R"(["\x"])"));
    CHECK_FALSE(Strict(R"(["\u12"])"));
    CHECK_FALSE(Strict(R"(["\u12G4"])"));
    CHECK_FALSE(Strict(R"(["\ud83d"])"));         // high surrogate alone
    CHECK_FALSE(Strict(R"(["\ud83d\u0041"])"));   // high surrogate + not a low one
    CHECK_FALSE(Strict(R"(["\ude00"])"));         // low surrogate alone
    CHECK_FALSE(Strict(R"(["\ude00\ud83d"])"));   // the pair reversed
    CHECK_FALSE(Strict("[\"abc"));
}

TEST_CASE("reader: numbers, integers exact in 64 bits as nlohmann keeps them") {
    for (const char* bad : {"01", "-", "-01", "1.", ".5", "1e", "1e+", "+1", "0x10", "1.e5", "--1", "NaN", "Infinity"})
        CHECK_MESSAGE(!Strict(std::string("[") + bad + "]"), bad);
    CHECK(Why("[1e400]") == "line 1, column 2 (byte offset 1): number overflow");
    CHECK_FALSE(Strict("[-1e400]"));
    CHECK(Strict("[1e-400]"));  // underflow is a (zero) number, as nlohmann has it
    auto one = [](const char* lit) { return Tape(lit)[0]; };
    CHECK(one("0").kind == JsonKind::Unsigned);
    CHECK(one("-0").kind == JsonKind::Integer);
    CHECK(one("18446744073709551615").kind == JsonKind::Unsigned);
    CHECK(one("18446744073709551615").u == UINT64_MAX);
    CHECK(one("18446744073709551616").kind == JsonKind::Float);
    CHECK(one("-9223372036854775808").kind == JsonKind::Integer);
    CHECK(one("-9223372036854775808").i == INT64_MIN);
    CHECK(one("-9223372036854775809").kind == JsonKind::Float);
    CHECK(one("3.0").kind == JsonKind::Float);
    CHECK(one("2.5E+3").d == 2500.0);
    CHECK(one("-12").i == -12);
}

TEST_CASE("reader: nesting deeper than 100 levels is refused") {
    std::string deep(kMaxJsonDepth, '[');
    deep += std::string(kMaxJsonDepth, ']');
    CHECK(Strict(deep));
    std::string deeper(kMaxJsonDepth + 1, '[');
    deeper += std::string(kMaxJsonDepth + 1, ']');
    CHECK(Why(deeper) == "line 1, column 101 (byte offset 100): nested deeper than 100 levels");
    CHECK(Strict("[\"" + std::string(500, '[') + "\"]"));  // brackets in strings do not count
}

TEST_CASE("reader: the tape's structure") {
    const JsonTape& t = Tape(R"({"a":[1,{"b":null}],"c":"x"})");
    REQUIRE(t.nodes().size() == 9);
    CHECK(t[0].kind == JsonKind::Object);
    CHECK(t[0].count == 2);
    CHECK(t[0].end == 9);
    CHECK(t.Raw(t[1]) == "\"a\"");
    CHECK(t[2].kind == JsonKind::Array);
    CHECK(t[2].count == 2);
    CHECK(t[2].end == 7);  // the next key
    CHECK(t.Raw(t[2]) == R"([1,{"b":null}])");
    CHECK(t.Raw(t[7]) == "\"c\"");
}

TEST_CASE("reader: streaming a document's top-level object") {
    const std::string doc = R"({"format":"client-card","a":[{"x":1},2],"b":{"k":[1]},"c":[]})";
    std::vector<std::string> members, elements;
    JsonReadError err;
    CHECK(StreamJsonObjectFast(
        doc, {"a", "c"},
        [&](std::string_view name, std::string_view value) {
            members.push_back(std::string(name) + "=" + std::string(value));
            return true;
        },
        [&](size_t k, size_t i, const JsonTape& tape) {
            elements.push_back(std::to_string(k) + ":" + std::to_string(i) + "=" + std::string(tape.Raw(tape[0])));
            return true;
        },
        err));
    CHECK(members == std::vector<std::string>{"format=\"client-card\"", "b={\"k\":[1]}"});
    CHECK(elements == std::vector<std::string>{"0:0={\"x\":1}", "0:1=2"});
    auto member_ok = [](std::string_view, std::string_view) { return true; };
    auto element_ok = [](size_t, size_t, const JsonTape&) { return true; };
    CHECK_FALSE(StreamJsonObjectFast("[1]", {"a"}, member_ok, element_ok, err));
    CHECK_FALSE(StreamJsonObjectFast(R"({"a":[],"a":[]})", {"a"}, member_ok, element_ok, err));
    CHECK_FALSE(StreamJsonObjectFast(R"({"a":[1,]})", {"a"}, member_ok, element_ok, err));
    CHECK_FALSE(StreamJsonObjectFast(R"({"a":[1]} [])", {"a"}, member_ok, element_ok, err));
    CHECK_FALSE(StreamJsonObjectFast(R"({"a":[1]})", {"a"}, member_ok,
                                     [](size_t, size_t, const JsonTape&) { return false; }, err));
    // Depth counts the top-level object and the streamed array.
    std::string deep = "{\"a\":[" + std::string(kMaxJsonDepth - 2, '[') + std::string(kMaxJsonDepth - 2, ']') + "]}";
    CHECK(StreamJsonObjectFast(deep, {"a"}, member_ok, element_ok, err));
    deep = "{\"a\":[" + std::string(kMaxJsonDepth - 1, '[') + std::string(kMaxJsonDepth - 1, ']') + "]}";
    CHECK_FALSE(StreamJsonObjectFast(deep, {"a"}, member_ok, element_ok, err));
}

TEST_CASE("reader: never accepts what nlohmann refuses (random damage of a real file)") {
    const std::string base = Text(samples::FullClient()) ;
    const std::string doc = "{\"a\":[" + base + "," + Text(samples::FullInteraction()) + "],\"n\":[1.5,-2,3e2]}";
    REQUIRE(Strict(doc));
    REQUIRE(Nlohmann(doc));
    std::mt19937 rng(7);
    const char kBytes[] = "{}[],:\"\\ 0123456789.eE+-truefalsn\x00\x01\x7f\x80\xbf\xc3\xd0\xed\xf0\xff";
    int accepted = 0;
    for (int round = 0; round < 3000; ++round) {
        std::string t = doc;
        const int edits = 1 + static_cast<int>(rng() % 3);
        for (int e = 0; e < edits; ++e) {
            const size_t at = rng() % t.size();
            const char b = kBytes[rng() % (sizeof kBytes - 1)];
            switch (rng() % 3) {
                case 0: t[at] = b; break;
                case 1: t.insert(t.begin() + static_cast<long>(at), b); break;
                default: t.erase(at, 1); break;
            }
        }
        if (Strict(t)) {
            ++accepted;
            CHECK_MESSAGE(Nlohmann(t), t);
        }
    }
    CHECK(accepted > 0);  // some damage stays valid JSON (in a string): both accept it
}

TEST_CASE("fast decoding gives exactly the reference record") {
    Agree<Employee>(Text(samples::FullEmployee()));
    Agree<Client>(Text(samples::FullClient()));
    Agree<Contact>(Text(samples::FullContact()));
    Agree<Interaction>(Text(samples::FullInteraction()));
    Agree<Interest>(Text(samples::FullInterest()));
    Agree<Relationship>(Text(samples::FullRelationship()));
    Agree<Contract>(Text(samples::FullContract()));
    Agree<HistoryEntry>(Text(samples::FullHistoryEntry()));
    // The samples decode on the fast path (they are what the app writes).
    Client c;
    CHECK(Fast(Text(samples::FullClient()), c));
    CHECK(RecordsEqual(c, samples::FullClient()));
    Interaction i;
    CHECK(Fast(Text(samples::FullInteraction()), i));
    CHECK(RecordsEqual(i, samples::FullInteraction()));

    // Defaults, nulls, escapes, numbers written otherwise, unknown fields in any order.
    Agree<Interaction>(R"({"id":"i\u002d1","client_id":"c-1","type":"call","at":"2026-01-02T10:00:00+03:00",)"
                       R"("duration_min":3.0,"contact_id":null,"zz":{"b":[1,2.50,"\u0416"],"a":null},"aa":-0})");
    Agree<Interest>(R"({"id":"d-1","client_id":"c-1","expected_revenue":{"amount":1.5e3,"currency":"RUB","x":1},"probability":100})");
    Agree<Contract>(R"({"id":"k-1","client_id":"c-1","amount":{"amount":-10000000000000},"valid_to":""})");
    Agree<Contract>(R"({"id":"k-1","client_id":"c-1","amount":{"amount":100000000000.01}})");
    Agree<Contract>(R"({"id":"k-1","client_id":"c-1","amount":{"amount":100000000000.001}})");
    Agree<Contract>(R"({"id":"k-1","client_id":"c-1","amount":{"amount":100000000001}})");
    Agree<Contract>(R"({"id":"k-1","client_id":"c-1","amount":{"currency":"RUB"}})");
    Agree<HistoryEntry>(R"({"id":"h","client_id":"c","at":"2026-01-02T10:00:00Z","entity":"contact","record_id":"k","action":"changed","origin":""})");
    Agree<Client>(R"({"id":"c","name":" \t"})");
    Agree<Client>(R"({"id":"","name":"x"})");
    Agree<Client>(R"({"id":"c","name":"x","phones":["1",2]})");
    Agree<Relationship>(R"({"id":"r","from_client_id":"a","to_client_id":"a","kind":"partner"})");
    Agree<Interaction>(R"({"id":"i","client_id":"c","type":"note","at":"2026-01-02T10:00:00Z",)"
                       R"("attachments":[{"name":"a.txt","data":"aGk=","size":2,"x":[]}]})");
    Agree<Interaction>(R"({"id":"i","client_id":"c","type":"note","at":"2026-01-02T10:00:00Z",)"
                       R"("attachments":[{"name":"a.txt","data":"aGk=","size":3}]})");
    Agree<Interaction>(R"({"id":"i","client_id":"c","type":"note","at":"2026-01-02T10:00:00Z","duration_min":1e300})");
    Agree<Interaction>(R"({"id":"i","client_id":"c","type":"note","at":"2026-01-02T10:00:00Z","duration_min":18446744073709551615})");

    // Left to the reference path, which takes the last of a duplicate key and unescapes keys.
    Client dup;
    CHECK_FALSE(Fast(R"({"id":"c","name":"a","name":"b"})", dup));
    CHECK_FALSE(Fast(R"({"id":"c","name":"a","x":1,"x":2})", dup));
    CHECK_FALSE(Fast(R"({"id":"c","n\u0061me":"a"})", dup));
    CHECK_FALSE(Fast("[]", dup));
}

TEST_CASE("fast decoding agrees with the reference on damaged records") {
    std::mt19937 rng(11);
    const std::vector<std::string> texts = {Text(samples::FullClient()), Text(samples::FullInteraction()),
                                            Text(samples::FullInterest()), Text(samples::FullContract()),
                                            Text(samples::FullHistoryEntry())};
    const char* kPieces[] = {"null", "1", "-1", "2.5", "\"\"", "\"x\"", "[]", "{}", "true", "\"2026-13-01\"",
                             "\"RUB\"", "1e13", "\" \"", "[\"a\"]", "{\"amount\":1}"};
    for (int round = 0; round < 4000; ++round) {
        const size_t which = rng() % texts.size();
        std::string t = texts[which];
        // Replace one value (the text after a ':') with another piece of JSON.
        size_t colon = t.find(':', rng() % t.size());
        if (colon == std::string::npos) colon = t.find(':');
        JsonTape probe;
        JsonReadError err;
        size_t end = colon + 1;
        if (!probe.Read(t, end, 1, err)) continue;
        t.replace(colon + 1, end - colon - 1, kPieces[rng() % (sizeof kPieces / sizeof *kPieces)]);
        switch (which) {
            case 0: Agree<Client>(t); break;
            case 1: Agree<Interaction>(t); break;
            case 2: Agree<Interest>(t); break;
            case 3: Agree<Contract>(t); break;
            default: Agree<HistoryEntry>(t); break;
        }
    }
}

TEST_CASE("import takes the fast path and the reference path to the same store") {
    // A file with rare constructs (a BOM, a duplicate key) is read by the reference path;
    // the same file without them by the fast one: the stores are the same.
    const Store full = samples::FullStore();
    const std::string text = ExportStore(full, Moment{});
    Store a, b;
    REQUIRE(ApplyImport(a, text, ImportMode::Replace).ok);
    REQUIRE(ApplyImport(b, "\xEF\xBB\xBF" + text, ImportMode::Replace).ok);
    CHECK(ExportStore(a, Moment{}) == ExportStore(b, Moment{}));
    CHECK(ExportStore(a, Moment{}) == text);
}

TEST_CASE("DecodeRecordText: fast when it can, the reference message when not") {
    Client c;
    std::string err;
    CHECK(DecodeRecordText(Text(samples::FullClient()), "clients[0]", c, err));
    CHECK(RecordsEqual(c, samples::FullClient()));
    CHECK(DecodeRecordText(R"({"id":"c","name":"a","name":"b"} )", "clients[0]", c, err));  // the last wins
    CHECK(c.name == "b");
    CHECK_FALSE(DecodeRecordText(R"({"id":"c","name":" "})", "clients[3]", c, err));
    CHECK(err == "clients[3] (id \"c\"): field \"name\": must not be empty");
    CHECK_FALSE(DecodeRecordText(R"({"id":"c","name":"a"} x)", "clients[3]", c, err));
    CHECK(err.rfind("not valid JSON: line 1, column ", 0) == 0);
}

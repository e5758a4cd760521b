// The JSON codec record by record: parsing without exceptions, messages with positions,
// string escaping, defaults of optional fields, type checks, enumerations, nested
// objects, attachments (base64, size) and unknown fields.
#include <doctest/doctest.h>

#include <fstream>
#include <random>
#include <set>
#include <sstream>

#include "io_samples.h"
#include "model/current_contract.h"
#include "model/phone.h"
#include "model/requisites.h"

using namespace card;

namespace {

template <class T>
std::string Decode(const std::string& text, T& out, const char* where = "records[0]") {
    Json j;
    std::string err;
    if (!ParseJson(text, j, err)) return "PARSE: " + err;
    if (!DecodeRecord(j, where, out, err)) return err;
    return "";
}

}  // namespace

TEST_CASE("ParseJson reports line and column and never throws") {
    Json j;
    std::string err;
    CHECK(ParseJson(R"({"a": [1, 2, {"b": null}]})", j, err));
    CHECK(j["a"][2].is_object());

    CHECK_FALSE(ParseJson("{\n  \"a\": 1,\n  }", j, err));
    CHECK(err.rfind("not valid JSON: line 3, column 3: ", 0) == 0);
    CHECK_FALSE(ParseJson("", j, err));
    CHECK(err.rfind("not valid JSON: line 1, column 1", 0) == 0);
    CHECK_FALSE(ParseJson("{\"a\": 1} trailing", j, err));
    CHECK(err.rfind("not valid JSON: line 1, column ", 0) == 0);
    CHECK_FALSE(ParseJson("{\"a\": \"\xff\"}", j, err));  // invalid UTF-8: said plainly, with the place
    CHECK(err.rfind("not valid UTF-8 at line 1, column 8 (byte offset 7): byte 0xFF ", 0) == 0);
    std::string shown;
    AppendJsonString(shown, err);  // the message itself is valid UTF-8 (shown in the UI)
    CHECK(shown.find('\xff') == std::string::npos);
    // Column counts characters, the offset bytes; outside a string too.
    CHECK_FALSE(ParseJson("{\n\"ж\": 1, \xfe}", j, err));
    CHECK(err.rfind("not valid UTF-8 at line 2, column 9 (byte offset 11): byte 0xFE ", 0) == 0);
    // A syntax error before any bad byte stays a syntax error.
    CHECK_FALSE(ParseJson("{\"a\" 1, \"b\": \"\xff\"}", j, err));
    CHECK(err.rfind("not valid JSON: line 1, column ", 0) == 0);
    // The parser's own message may quote the bad bytes it read: they are replaced.
    CHECK_FALSE(ParseJson("{\"a\": tru\xff}", j, err));
    AppendJsonString(shown, err);
    CHECK(shown.find('\xff') == std::string::npos);
    CHECK_FALSE(ParseJson("{\"a\": 1e999}", j, err));
    CHECK(err.rfind("not valid JSON: ", 0) == 0);
    CHECK_FALSE(ParseJson("[1,2", j, err));
    CHECK_FALSE(ParseJson("{'a':1}", j, err));
    CHECK(j.is_null());
    // A UTF-8 byte order mark (Windows editors) is fine.
    CHECK(ParseJson("\xEF\xBB\xBF{\"a\":1}", j, err));
}

TEST_CASE("ParseJson refuses absurd nesting instead of risking the stack later") {
    Json j;
    std::string err;
    std::string deep(kMaxJsonDepth, '[');
    deep += std::string(kMaxJsonDepth, ']');
    CHECK(ParseJson(deep, j, err));
    std::string deeper(50000, '[');
    deeper += std::string(50000, ']');
    CHECK_FALSE(ParseJson(deeper, j, err));
    CHECK(err == "not valid JSON: line 1, column 101: nested deeper than 100 levels");
    // Brackets inside strings do not count.
    CHECK(ParseJson("[\"" + std::string(500, '[') + "\\\"\"]", j, err));
}

TEST_CASE("AppendJsonString writes exactly what DumpJson writes") {
    std::mt19937 rng(7);
    const char alphabet[] = {'a', '"', '\\', '\n', '\x01', '\x1f', '\x7f', '/', ' ',
                             '\xd0', '\x81', '\xe2', '\x82', '\xac', '\xf0', '\x9f', '\x98', '\x80', '\xff', '\xc0'};
    for (int i = 0; i < 20000; ++i) {
        std::string s;
        const int n = static_cast<int>(rng() % 12);
        for (int k = 0; k < n; ++k) s += alphabet[rng() % sizeof alphabet];
        std::string mine;
        AppendJsonString(mine, s);
        REQUIRE(mine == DumpJson(Json(s)));
    }
    std::string out;
    AppendJsonString(out, "Привет, \"мир\"\n");
    CHECK(out == "\"Привет, \\\"мир\\\"\\n\"");
}

TEST_CASE("messages name the record, its id and the field") {
    Client c;
    CHECK(Decode(R"({"id":"c-17","name":"A","kind":"company"})", c, "clients[3]") ==
          R"(clients[3] (id "c-17"): field "kind": unknown value "company" (expected legal_entity, sole_trader or person))");
    CHECK(Decode(R"({"id":"c-17","name":"A","responsibles":[{"employee_id":"e-1","role":"boss"}]})", c, "clients[3]") ==
          R"(clients[3] (id "c-17"): field "responsibles[0].role": unknown value "boss" (expected sales_manager, service_engineer, account_manager or other))");
    CHECK(Decode(R"({"id":"c-17","name":"A","responsibles":[{"role":"other"}]})", c, "clients[3]") ==
          R"(clients[3] (id "c-17"): field "responsibles[0].employee_id": required field is missing)");
    CHECK(Decode(R"({"id":"c-17","name":"A","responsibles":["e-1"]})", c, "clients[3]") ==
          R"(clients[3] (id "c-17"): field "responsibles[0]": expected an object, got a string)");
    CHECK(Decode(R"({"id":"c-17","name":"A","phones":["1",2]})", c, "clients[3]") ==
          R"(clients[3] (id "c-17"): field "phones[1]": expected a string, got a number)");
    CHECK(Decode(R"({"id":"c-17","name":"A","products":[{"name":"БП","licenses":-1}]})", c, "clients[3]") ==
          R"(clients[3] (id "c-17"): field "products[0].licenses": -1 is negative (expected a non-negative integer))");
    CHECK(Decode(R"({"id":"c-17","name":"A","products":[{"licenses":2.5}]})", c, "clients[3]") ==
          R"(clients[3] (id "c-17"): field "products[0].licenses": expected an integer, got 2.5)");
    CHECK(Decode(R"({"id":"c-17","name":"A","infobases":[{"needs_update":"yes"}]})", c, "clients[3]") ==
          R"(clients[3] (id "c-17"): field "infobases[0].needs_update": expected true or false, got a string)");
    CHECK(Decode(R"({"id":"c-17","name":"   "})", c, "clients[3]") ==
          R"(clients[3] (id "c-17"): field "name": must not be empty)");
    CHECK(Decode(R"({"id":"c-17"})", c, "clients[3]") == R"(clients[3] (id "c-17"): field "name": required field is missing)");
    CHECK(Decode(R"({"name":"A"})", c, "clients[3]") == R"(clients[3]: field "id": required field is missing)");
    CHECK(Decode(R"({"id":"","name":"A"})", c, "clients[3]") == R"(clients[3]: field "id": must not be empty)");
    CHECK(Decode(R"({"id":17,"name":"A"})", c, "clients[3]") == R"(clients[3]: field "id": expected a string, got a number)");
    CHECK(Decode(R"(["c-17"])", c, "clients[3]") == R"(clients[3]: expected an object, got an array)");
    CHECK(Decode(R"({"id":"c-17","name":"A","tags":"vip"})", c, "clients[3]") ==
          R"(clients[3] (id "c-17"): field "tags": expected an array of strings, got a string)");
    // Long ids are shortened in messages.
    const std::string long_id(200, 'x');
    CHECK(Decode(R"({"id":")" + long_id + R"("})", c, "clients[0]").find("xxx…\")") != std::string::npos);

    Interest d;
    CHECK(Decode(R"({"id":"d-1","client_id":"c-1","probability":101})", d) ==
          R"(records[0] (id "d-1"): field "probability": 101 is out of range (expected 0..100))");
    CHECK(Decode(R"({"id":"d-1","client_id":"c-1","probability":"50"})", d) ==
          R"(records[0] (id "d-1"): field "probability": expected an integer, got a string)");
    Relationship r;
    CHECK(Decode(R"({"id":"r-1","from_client_id":"c-1","to_client_id":"c-1","kind":"partner"})", r) ==
          R"(records[0] (id "r-1"): field "to_client_id": a relationship must link two different clients (both are "c-1"))");
    CHECK(Decode(R"({"id":"r-1","from_client_id":"c-1","to_client_id":"c-2"})", r) ==
          R"(records[0] (id "r-1"): field "kind": required field is missing)");
    Interaction i;
    CHECK(Decode(R"({"id":"i-1","client_id":"c-1","at":"2026-01-01T00:00:00Z"})", i) ==
          R"(records[0] (id "i-1"): field "type": required field is missing)");
    CHECK(Decode(R"({"id":"i-1","client_id":"c-1","type":"call"})", i) ==
          R"(records[0] (id "i-1"): field "at": required field is missing)");
    CHECK(Decode(R"({"id":"i-1","client_id":"c-1","type":"call","at":"2026-01-01T00:00:00Z","duration_min":-5})", i) ==
          R"(records[0] (id "i-1"): field "duration_min": -5 is negative (expected a non-negative integer))");
    Contact k;
    CHECK(Decode(R"({"id":"k-1","client_id":null})", k) == R"(records[0] (id "k-1"): field "client_id": required field is missing)");
}

TEST_CASE("optional fields may be absent or null and take documented defaults") {
    Client c;
    REQUIRE(Decode(R"({"id":"c-1","name":"Ромашка"})", c) == "");
    CHECK(c.kind == ClientKind::LegalEntity);
    CHECK(c.status == ClientStatus::Active);
    CHECK(c.phones.empty());
    CHECK(c.created_at.empty());
    CHECK(c.extra_json.empty());
    REQUIRE(Decode(R"({"id":"c-1","name":"Р","kind":null,"phones":null,"notes":null,"created_at":null,"responsibles":null})", c) == "");

    Interaction i;
    REQUIRE(Decode(R"({"id":"i-1","client_id":"c-1","type":"note","at":"2026-01-01T00:00:00Z",
                       "contact_id":"","interest_id":null})", i) == "");
    CHECK(i.contact_id.empty());
    CHECK(i.interest_id.empty());
    CHECK(i.owner_id.empty());
    CHECK(i.direction == Direction::None);
    CHECK(i.status == InteractionStatus::Done);
    CHECK(i.duration_min == 0);

    Interest d;
    REQUIRE(Decode(R"({"id":"d-1","client_id":"c-1"})", d) == "");
    CHECK(d.state == InterestState::New);
    CHECK(d.expected_revenue.minor == 0);
    CHECK(d.expected_revenue.currency == "RUB");
    CHECK(d.probability == 0);

    Contract ct;
    REQUIRE(Decode(R"({"id":"ct-1","client_id":"c-1","amount":null})", ct) == "");
    CHECK(ct.kind == ContractKind::Contract);
    CHECK(ct.status == ContractStatus::Draft);
    CHECK_FALSE(ct.has_amount);
    CHECK(ct.valid_to.empty());

    Responsible defaults_of_nested;
    CHECK(defaults_of_nested.role == ResponsibleRole::Other);
    REQUIRE(Decode(R"({"id":"c-1","name":"Р","responsibles":[{"employee_id":"e-1"}]})", c) == "");
    CHECK(c.responsibles.at(0).role == ResponsibleRole::Other);

    // Integral floats are integers.
    Client c2;
    REQUIRE(Decode(R"({"id":"c-1","name":"Р","products":[{"licenses":3.0}]})", c2) == "");
    CHECK(c2.products.at(0).licenses == 3);
}

TEST_CASE("attachments: base64 is validated and size must match") {
    auto with = [](const std::string& attachment) {
        return R"({"id":"i-1","client_id":"c-1","type":"document","at":"2026-01-01T00:00:00Z","attachments":[)" +
               attachment + "]}";
    };
    Interaction i;
    REQUIRE(Decode(with(R"({"name":"a.txt","mime":"text/plain","data":"aGVsbG8="})"), i) == "");
    CHECK(i.attachments.at(0).size == 5);  // computed when absent
    REQUIRE(Decode(with(R"({"name":"a","data":"aGVsbG8h","size":6})"), i) == "");
    REQUIRE(Decode(with(R"({"name":"empty","data":"","size":0})"), i) == "");
    REQUIRE(Decode(with(R"({"data":"aGk="})"), i) == "");
    CHECK(i.attachments.at(0).size == 2);

    CHECK(Decode(with(R"({"name":"a","data":"aGVsbG8=","size":6})"), i) ==
          R"(records[0] (id "i-1"): field "attachments[0].size": 6 does not match the length of the decoded data (5 bytes))");
    CHECK(Decode(with(R"({"name":"a","data":"aGVsbG8"})"), i) ==
          R"(records[0] (id "i-1"): field "attachments[0].data": not valid base64: its length 7 is not a multiple of 4)");
    CHECK(Decode(with(R"({"name":"a","data":"aGV*bG8="})"), i) ==
          R"(records[0] (id "i-1"): field "attachments[0].data": not valid base64: invalid character '*' at offset 3)");
    CHECK(Decode(with(R"({"name":"a","data":"aG=sbG8="})"), i).find("invalid character '='") != std::string::npos);
    CHECK(Decode(with(R"({"name":"a","data":"aGVs\nbG8="})"), i).find("not valid base64") != std::string::npos);
    CHECK(Decode(with(R"({"name":"a"})"), i) == R"(records[0] (id "i-1"): field "attachments[0].data": required field is missing)");
    CHECK(Decode(with(R"({"name":"a","data":"aGk=","size":-1})"), i).find("is negative") != std::string::npos);
}

TEST_CASE("unknown fields are kept, at the record and in nested objects") {
    Client c;
    REQUIRE(Decode(R"({"id":"c-1","name":"A","zeta":{"b":[1,2]},"alpha":"α",
                       "products":[{"name":"БП","x":1}]})", c) == "");
    CHECK(c.extra_json == R"({"alpha":"α","zeta":{"b":[1,2]}})");
    CHECK(c.products.at(0).extra_json == R"({"x":1})");
    const Json back = EncodeRecord(c);
    CHECK(back["zeta"]["b"][1] == 2);
    CHECK(back["products"][0]["x"] == 1);
    // extra_json never overrides a known field, even if someone put one there.
    c.extra_json = R"({"name":"hijack","other":true})";
    CHECK(EncodeRecord(c)["name"] == "A");
    std::string text;
    AppendRecordJson(text, c);
    CHECK(text.find("hijack") == std::string::npos);
    CHECK(text.find(R"("other":true)") != std::string::npos);
    // Broken extra_json is dropped rather than breaking the output.
    c.extra_json = "{not json";
    text.clear();
    AppendRecordJson(text, c);
    Json j;
    std::string err;
    CHECK(ParseJson(text, j, err));
}

TEST_CASE("RecordsEqual agrees with the encoded JSON") {
    using namespace card::samples;
    Client a = FullClient(), b = FullClient();
    CHECK(RecordsEqual(a, b));
    b.products[0].licenses = 13;
    CHECK_FALSE(RecordsEqual(a, b));
    b = a;
    b.tags.push_back("новый");
    CHECK_FALSE(RecordsEqual(a, b));
    b = a;
    b.responsibles[0].extra_json.clear();
    CHECK_FALSE(RecordsEqual(a, b));
    b = a;
    b.created_at.offset_min = 0;  // same instant text differs: different
    CHECK_FALSE(RecordsEqual(a, b));
    Contract c = FullContract(), d = FullContract();
    c.has_amount = d.has_amount = false;
    d.amount.minor = 999;  // not written when there is no amount
    CHECK(RecordsEqual(c, d));
    CHECK(DumpJson(EncodeRecord(c)) == DumpJson(EncodeRecord(d)));
    // Text pairs that are not confused by length-prefixing.
    Employee e1, e2;
    e1.id = e2.id = "e";
    e1.name = "ab";
    e1.position = "c";
    e2.name = "a";
    e2.position = "bc";
    CHECK_FALSE(RecordsEqual(e1, e2));
}

TEST_CASE("StreamJsonObject hands out array elements one by one") {
    std::vector<std::string> members;
    std::vector<std::string> elements;
    std::string err;
    const std::string text = R"({"a":[1,{"x":[2,3]},"s"],"b":{"k":[true]},"c":[4],"a2":null})";
    const auto status = StreamJsonObject(
        text, {"a", "c"}, [&](const std::string& name, Json& v) { members.push_back(name + "=" + DumpJson(v)); },
        [&](size_t k, size_t i, Json& v) { elements.push_back(std::to_string(k) + ":" + std::to_string(i) + "=" + DumpJson(v)); },
        err);
    CHECK(status == JsonStreamStatus::Ok);
    CHECK(members == std::vector<std::string>{R"(b={"k":[true]})", "a2=null"});
    CHECK(elements == std::vector<std::string>{"0:0=1", R"(0:1={"x":[2,3]})", R"(0:2="s")", "1:0=4"});

    auto noop_m = [](const std::string&, Json&) {};
    auto noop_e = [](size_t, size_t, Json&) {};
    CHECK(StreamJsonObject("[1]", {}, noop_m, noop_e, err) == JsonStreamStatus::NotObject);
    CHECK(err == "the top level is an array, expected an object");
    CHECK(StreamJsonObject("42", {}, noop_m, noop_e, err) == JsonStreamStatus::NotObject);
    CHECK(err == "the top level is a number, expected an object");
    CHECK(StreamJsonObject("{\"a\":[1,}", {"a"}, noop_m, noop_e, err) == JsonStreamStatus::NotJson);
    CHECK(err.rfind("not valid JSON: line 1, column ", 0) == 0);
    CHECK(StreamJsonObject("", {}, noop_m, noop_e, err) == JsonStreamStatus::NotJson);
    CHECK(StreamJsonObject("{}", {}, noop_m, noop_e, err) == JsonStreamStatus::Ok);
}

TEST_CASE("interactions.result: optional text after body, absent or null is empty, a known field") {
    Interaction i;
    // A file written before the field existed reads as "no result".
    REQUIRE(Decode(R"({"id":"i-1","client_id":"c-1","type":"call","at":"2026-01-01T00:00:00Z"})", i) == "");
    CHECK(i.result.empty());
    REQUIRE(Decode(R"({"id":"i-1","client_id":"c-1","type":"call","at":"2026-01-01T00:00:00Z","result":null})", i) == "");
    CHECK(i.result.empty());
    CHECK(i.extra_json.empty());
    REQUIRE(Decode(R"({"id":"i-1","client_id":"c-1","type":"call","at":"2026-01-01T00:00:00Z",
                       "result":"Договорились о демо","x_mood":"хорошее"})", i) == "");
    CHECK(i.result == "Договорились о демо");
    // It is known: not kept among the unknown fields; the others still are.
    CHECK(i.extra_json == R"({"x_mood":"хорошее"})");
    CHECK(Decode(R"({"id":"i-1","client_id":"c-1","type":"call","at":"2026-01-01T00:00:00Z","result":42})", i) ==
          R"(records[0] (id "i-1"): field "result": expected a string, got a number)");

    // Written always (as "" when empty), right after body, in both writers.
    Interaction empty;
    empty.id = "i";
    empty.client_id = "c";
    empty.at = *Moment::Parse("2026-01-01T00:00:00Z");
    CHECK(EncodeRecord(empty)["result"] == "");
    std::string text;
    AppendRecordJson(text, empty);
    CHECK(text.find(R"("body":"","result":"","at":)") != std::string::npos);
    Interaction full = samples::FullInteraction();
    text.clear();
    AppendRecordJson(text, full);
    CHECK(text.find(R"("result":"Договорились о демо «КОРП»; ждут КП до пятницы.","at":)") != std::string::npos);
    CHECK(EncodeRecord(full)["result"] == full.result);

    // An app that stored "result" among the unknown fields (before it was known) has it
    // written out once, as the known field: the known value wins, no duplicate key.
    Interaction legacy = full;
    legacy.extra_json = R"({"result":"old","x_room":"2"})";
    text.clear();
    AppendRecordJson(text, legacy);
    CHECK(text.find("\"old\"") == std::string::npos);
    CHECK(EncodeRecord(legacy)["result"] == full.result);
    // ...and a record stored by such an app (result among the unknown fields, written
    // after the known ones) decodes with the result in its field.
    Interaction migrated;
    REQUIRE(Decode(R"({"id":"i-1","client_id":"c-1","type":"call","body":"","at":"2026-01-01T00:00:00Z",
                       "status":"done","x_room":"2","result":"перезвонить в мае"})", migrated) == "");
    CHECK(migrated.result == "перезвонить в мае");
    CHECK(migrated.extra_json == R"({"x_room":"2"})");

    // RecordsEqual sees it (merge counts "unchanged" by it).
    Interaction a = samples::FullInteraction(), b = samples::FullInteraction();
    CHECK(RecordsEqual(a, b));
    b.result += ".";
    CHECK_FALSE(RecordsEqual(a, b));
}

namespace {

std::string RichFixtureText() { return samples::SourceFileText("tests/e2e/fixtures/rich.json"); }

}  // namespace

// tests/e2e/fixtures/rich.json (made by tests/e2e/tools/gen_rich.mjs) is what screenshots
// and browser tests rely on: it must import, and hold what it promises. Its dates are
// relative to its exported_at, so that is the "today" of these checks.
TEST_CASE("the rich e2e fixture imports and has what its generator promises") {
    const std::string text = RichFixtureText();
    REQUIRE_MESSAGE(!text.empty(), "tests/e2e/fixtures/rich.json is missing");
    Json doc;
    std::string err;
    REQUIRE(ParseJson(text, doc, err));
    const auto exported = Moment::Parse(doc["exported_at"].get<std::string>());
    REQUIRE(exported);
    const Date today = exported->LocalDate();
    const int64_t now_ms = exported->utc_ms;

    Store s;
    const ImportResult res = ApplyImport(s, text, ImportMode::Replace);
    REQUIRE_MESSAGE(res.ok, res.error);
    // The same text comes back from export (nothing lost or defaulted away).
    Store again;
    REQUIRE(ApplyImport(again, ExportStore(s, *exported), ImportMode::Replace).ok);
    CHECK(ExportStore(again, *exported) == ExportStore(s, *exported));

    CHECK(s.employees.size() >= 5);
    for (const Employee& e : s.employees.All()) {
        CHECK_MESSAGE(e.phone.find("доб. ") != std::string::npos, e.name);
        CHECK(PhoneMatchKey(e.phone) == "+74957771010");
    }
    CHECK(s.clients.size() >= 3);
    // Every requisite of every client passes the same checks as the card's fields.
    bool sole_trader = false;
    for (const Client& c : s.clients.All()) {
        const auto problems = ValidateClientRequisites(c);
        CHECK_MESSAGE(problems.empty(), c.name);
        CHECK(ValidateInn(c.inn).reason == CheckReason::Ok);
        if (c.kind == ClientKind::SoleTrader) {
            sole_trader = true;
            CHECK(c.inn.size() == 12);
            CHECK(c.ogrn.size() == 15);
            CHECK(ValidateOgrnip(c.ogrn).reason == CheckReason::Ok);
        }
    }
    CHECK(sole_trader);
    for (const Contact& k : s.contacts.All())
        for (const std::string& p : k.phones) CHECK_MESSAGE(ValidatePhone(p).reason == CheckReason::Ok, p);

    // The rich client: everything filled.
    const Client* ts = s.clients.Find("cl-technostroy");
    REQUIRE(ts);
    CHECK(ts->kind == ClientKind::LegalEntity);
    CHECK(ValidateKpp(ts->kpp).reason == CheckReason::Ok);
    CHECK(ValidateOgrn(ts->ogrn).reason == CheckReason::Ok);
    for (const std::string* f : {&ts->segment, &ts->industry, &ts->size, &ts->source, &ts->website, &ts->legal_address})
        CHECK(!f->empty());
    CHECK(ts->tags.size() >= 3);
    std::set<ResponsibleRole> roles;
    for (const Responsible& r : ts->responsibles) {
        roles.insert(r.role);
        CHECK(s.employees.Find(r.employee_id));
    }
    CHECK(roles.size() >= 3);
    CHECK(ts->products.size() >= 2);
    int needs_update = 0;
    for (const Infobase& b : ts->infobases) needs_update += b.needs_update ? 1 : 0;
    CHECK(needs_update == 1);
    int contacts = 0, primary = 0;
    for (uint32_t pos : s.contacts.OwnedBy(ts->id)) {
        ++contacts;
        primary += s.contacts[pos].primary ? 1 : 0;
    }
    CHECK(contacts == 4);
    CHECK(primary == 1);

    // A contract in force that ends within 30 days, and an old closed one.
    const Contract* current = CurrentContract(s, ts->id, today);
    REQUIRE(current);
    CHECK(DaysLeft(*current, today) >= 1);
    CHECK(DaysLeft(*current, today) <= kExpiringDays);
    bool closed = false;
    for (uint32_t pos : s.contracts.OwnedBy(ts->id)) closed |= s.contracts[pos].status == ContractStatus::Closed;
    CHECK(closed);
    // Another client has none in force.
    CHECK(CurrentContract(s, "cl-severny-veter", today) == nullptr);
    CHECK(LatestContract(s, "cl-severny-veter") != nullptr);
    CHECK(s.interests.OwnedBy(ts->id).size() >= 2);

    // The timeline: about 40 entries over the last year, every type and direction, some
    // planned ahead, exactly one overdue, results, one attachment.
    std::set<InteractionType> types;
    std::set<Direction> directions;
    int total = 0, ahead = 0, overdue = 0, results = 0, cancelled = 0, attachments = 0;
    int64_t oldest = now_ms;
    for (uint32_t pos : s.interactions.OwnedBy(ts->id)) {
        const Interaction& i = s.interactions[pos];
        ++total;
        types.insert(i.type);
        directions.insert(i.direction);
        oldest = std::min(oldest, i.at.utc_ms);
        if (i.status == InteractionStatus::Planned) (i.at.utc_ms > now_ms ? ahead : overdue)++;
        if (i.status == InteractionStatus::Cancelled) ++cancelled;
        if (!i.result.empty()) {
            ++results;
            CHECK(i.status == InteractionStatus::Done);
        }
        for (const Attachment& a : i.attachments) {
            ++attachments;
            CHECK(a.size > 0);
            CHECK(a.size < 4096);
        }
    }
    CHECK(total >= 35);
    CHECK(types.size() == EnumNames<InteractionType>::count);
    CHECK(directions.size() == EnumNames<Direction>::count);
    CHECK(ahead >= 3);
    CHECK(overdue == 1);
    CHECK(cancelled >= 1);
    CHECK(results >= 5);
    CHECK(attachments == 1);
    const int64_t kDay = 86400000;
    CHECK(now_ms - oldest > 300 * kDay);
    CHECK(now_ms - oldest < 400 * kDay);
}

TEST_CASE("interests.close_reason: optional text after notes, absent or null is empty, round trip") {
    Interest r;
    // A file written before the field existed reads as "no reason".
    REQUIRE(Decode(R"({"id":"d-1","client_id":"c-1","state":"lost"})", r) == "");
    CHECK(r.close_reason.empty());
    REQUIRE(Decode(R"({"id":"d-1","client_id":"c-1","close_reason":null})", r) == "");
    CHECK(r.close_reason.empty());
    REQUIRE(Decode(R"({"id":"d-1","client_id":"c-1","state":"lost","close_reason":"Выбрали конкурента: цена",
                       "x_source":"выставка"})", r) == "");
    CHECK(r.close_reason == "Выбрали конкурента: цена");
    // Known: not among the unknown fields, which are still kept.
    CHECK(r.extra_json == R"({"x_source":"выставка"})");
    CHECK(Decode(R"({"id":"d-1","client_id":"c-1","close_reason":7})", r) ==
          R"(records[0] (id "d-1"): field "close_reason": expected a string, got a number)");

    // Written always (as "" when empty), right after notes, by both writers.
    Interest full = samples::FullInterest();
    CHECK(EncodeRecord(full)["close_reason"] == "");
    full.state = InterestState::Lost;
    full.close_reason = "Нет бюджета в 2026 году";
    std::string text;
    AppendRecordJson(text, full);
    CHECK(text.find(R"("notes":"бюджет согласован","close_reason":"Нет бюджета в 2026 году")") != std::string::npos);
    CHECK(text.find(R"("x_pipeline":"B2B")") != std::string::npos);
    CHECK(EncodeRecord(full)["close_reason"] == full.close_reason);
    // Round trip through both writers: equal records, unknown fields included.
    Interest back;
    REQUIRE(Decode(text, back) == "");
    CHECK(RecordsEqual(back, full));
    CHECK(back.extra_json == full.extra_json);
    REQUIRE(Decode(DumpJson(EncodeRecord(full)), back) == "");
    CHECK(RecordsEqual(back, full));
    // RecordsEqual sees it (merge counts "unchanged" by it).
    Interest other = full;
    other.close_reason = "другое";
    CHECK_FALSE(RecordsEqual(other, full));
}

// Round trips of the interchange format: every entity with every field set, unknown fields
// at the record, nested and top level, Cyrillic text. export -> import into an empty store
// -> export must give the identical text.
#include <doctest/doctest.h>

#include "io_samples.h"

using namespace card;
using namespace card::samples;

namespace {

template <class T>
std::string Text(const T& r) {
    std::string s;
    AppendRecordJson(s, r);
    return s;
}

template <class T>
void CheckRecordRoundTrip(const T& original) {
    const Json dom = EncodeRecord(original);
    const std::string text = Text(original);
    // The fast text writer and the DOM encoder agree.
    Json parsed;
    std::string err;
    REQUIRE(ParseJson(text, parsed, err));
    CHECK((parsed == dom));
    // Decoding gives the same record back (compared through its text form).
    T back;
    REQUIRE_MESSAGE(DecodeRecord(dom, "records[0]", back, err), err);
    CHECK(Text(back) == text);
    CHECK(back.extra_json == original.extra_json);
    // And from the text form as well.
    T back2;
    REQUIRE(DecodeRecord(parsed, "records[0]", back2, err));
    CHECK(Text(back2) == text);
}

}  // namespace

TEST_CASE("every entity survives encode -> decode with every field set") {
    CheckRecordRoundTrip(FullEmployee());
    CheckRecordRoundTrip(FullClient());
    CheckRecordRoundTrip(FullContact());
    CheckRecordRoundTrip(FullInteraction());
    CheckRecordRoundTrip(FullInterest());
    CheckRecordRoundTrip(FullRelationship());
    CheckRecordRoundTrip(FullContract());
}

TEST_CASE("records with only the required fields survive too (defaults, nulls)") {
    Employee e;
    e.id = "e";
    e.name = "Э";
    CheckRecordRoundTrip(e);
    Client c;
    c.id = "c";
    c.name = "К";
    CheckRecordRoundTrip(c);
    Interaction i;
    i.id = "i";
    i.client_id = "c";
    i.at = At("2026-01-01T00:00:00Z");
    CheckRecordRoundTrip(i);
    Contract ct;
    ct.id = "ct";
    ct.client_id = "c";
    CheckRecordRoundTrip(ct);
    CHECK(EncodeRecord(ct)["amount"].is_null());
    CHECK(EncodeRecord(i)["contact_id"].is_null());
}

TEST_CASE("the text writer writes the documented field order, then unknown fields") {
    const std::string t = Text(FullRelationship());
    CHECK(t == R"({"id":"r-1","from_client_id":"c-1","to_client_id":"c-2","kind":"parent_of",)"
               R"("note":"дочерняя компания","x_share":51})");
    const std::string c = Text(FullContract());
    CHECK(c.find(R"("amount":{"amount":123456.78,"currency":"EUR"})") != std::string::npos);
    CHECK(c.rfind(R"({"id":"ct-1","client_id":"c-1",)", 0) == 0);
}

TEST_CASE("strings with quotes, control characters and invalid UTF-8 never break the output") {
    Employee e = FullEmployee();
    e.name = std::string("a\"b\\c\x01\x1f\x7f/\n\r\t\b\f", 15) + "Ё";
    CheckRecordRoundTrip(e);
    // Invalid UTF-8 (not produced by import or ImGui, but never a crash): replaced by U+FFFD.
    Employee bad = FullEmployee();
    bad.position = std::string("ok\xff\xfe", 4) + "\xd0";
    const std::string text = Text(bad);
    Json parsed;
    std::string err;
    REQUIRE(ParseJson(text, parsed, err));
    Json via_dump;
    REQUIRE(ParseJson(DumpJson(EncodeRecord(bad)), via_dump, err));
    CHECK((parsed == via_dump));  // same replacement as DumpJson
    CHECK(DumpJson(EncodeRecord(bad)).find("\xEF\xBF\xBD") != std::string::npos);
}

TEST_CASE("export -> import into an empty store -> export gives identical text") {
    const Store original = FullStore();
    const std::string first = ExportStore(original, kExportedAt);
    for (ImportMode mode : {ImportMode::Replace, ImportMode::Merge}) {
        Store copy;
        const ImportResult res = ApplyImport(copy, first, mode);
        REQUIRE_MESSAGE(res.ok, res.error);
        CHECK(res.summary.TotalAdded() == 9);
        CHECK(res.summary.TotalUpdated() == 0);
        CHECK(ExportStore(copy, kExportedAt) == first);
        CHECK(copy.extra_json == original.extra_json);
    }
    // Everything (known and unknown, Cyrillic included) is in the text.
    for (const char* needle : {"\"x_source_system\": \"1С:Предприятие\"", "\"x_1c_ref\"", "\"x_since\":\"2024-01-01\"",
                               "\"x_key\":\"ABC-123\"", "\"x_path\"", "\"x_scanned\":false", "\"x_room\"", "\"x_scan\":null",
                               "ООО «Ромашка»", "\"exported_at\": \"2026-11-27T10:30:00+03:00\"",
                               "\"result\":\"Договорились о демо «КОРП»; ждут КП до пятницы.\""})
        CHECK_MESSAGE(first.find(needle) != std::string::npos, needle);
}

TEST_CASE("export writes one record per line") {
    const std::string text = ExportStore(FullStore(), kExportedAt);
    size_t record_lines = 0, lines = 0;
    size_t start = 0;
    while (start < text.size()) {
        const size_t end = text.find('\n', start);
        const std::string line = text.substr(start, end - start);
        ++lines;
        if (line.rfind("    {", 0) == 0) {
            ++record_lines;
            Json j;
            std::string err;
            std::string record = line.substr(4);
            if (!record.empty() && record.back() == ',') record.pop_back();
            CHECK_MESSAGE(ParseJson(record, j, err), err);
            CHECK(j.is_object());
        }
        start = end + 1;
    }
    CHECK(record_lines == 9);
    CHECK(text.rfind("{\n  \"format\": \"client-card\",\n  \"version\": 1,\n", 0) == 0);
    CHECK(text.find("\"clients\": [\n    {\"id\":\"c-1\"") != std::string::npos);
    Store empty;
    CHECK(ExportStore(empty, Moment{}) ==
          "{\n  \"format\": \"client-card\",\n  \"version\": 1,\n  \"exported_at\": null,\n"
          "  \"employees\": [],\n  \"clients\": [],\n  \"contacts\": [],\n  \"interactions\": [],\n"
          "  \"interests\": [],\n  \"relationships\": [],\n  \"contracts\": []\n}\n");
}

TEST_CASE("the export in pieces is the export's text, cut after whole records") {
    Store s = FullStore();
    for (int i = 0; i < 40; ++i) {  // enough records for many pieces
        Client c = s.clients.All().front();
        c.id = "c-more-" + std::to_string(i);
        c.name = "ООО «Клиент " + std::to_string(i) + "»";
        s.clients.Upsert(std::move(c));
    }
    const std::string whole = ExportStore(s, kExportedAt);
    for (size_t piece_bytes : {size_t{1}, size_t{200}, size_t{4096}, whole.size(), size_t{1} << 26}) {
        CAPTURE(piece_bytes);
        std::vector<std::string> pieces;
        ExportStoreInPieces(s, kExportedAt, piece_bytes, [&](const std::string& p) { pieces.push_back(p); });
        std::string joined;
        for (const std::string& p : pieces) joined += p;
        CHECK(joined == whole);
        REQUIRE(!pieces.empty());
        for (size_t k = 0; k + 1 < pieces.size(); ++k) {
            CHECK(pieces[k].size() >= piece_bytes);  // no piece is handed over before it is full...
            CHECK(pieces[k].back() == '}');           // ...and each ends with a whole record
        }
        if (piece_bytes <= 200) CHECK(pieces.size() > 10);
        if (piece_bytes >= whole.size()) CHECK(pieces.size() == 1);
    }
    Store empty;
    std::string joined;
    ExportStoreInPieces(empty, Moment{}, 1, [&](const std::string& p) { joined += p; });
    CHECK(joined == ExportStore(empty, Moment{}));
}

TEST_CASE("a client's export imports into an empty store") {
    Store s = FullStore();
    // A third client, unrelated, must not be in c-1's file; its own employee neither.
    Client other = FullClient("c-3", "e-3");
    s.clients.Upsert(other);
    s.employees.Upsert(FullEmployee("e-3"));
    s.contacts.Upsert(FullContact("k-3", "c-3"));
    // An interaction of c-1 with a contact of c-3 (allowed): c-3 and the contact come along.
    Interaction odd = FullInteraction("i-2", "c-1", "k-3", "", "e-2");
    s.interactions.Upsert(odd);

    const std::string text = ExportClient(s, "c-1", kExportedAt);
    Store fresh;
    const ImportResult res = ApplyImport(fresh, text, ImportMode::Replace);
    REQUIRE_MESSAGE(res.ok, res.error);
    CHECK(fresh.clients.Contains("c-1"));
    CHECK(fresh.clients.Contains("c-2"));  // the other end of the relationship
    CHECK(fresh.clients.Contains("c-3"));  // owner of the contact of i-2
    CHECK(fresh.contacts.Contains("k-1"));
    CHECK(fresh.contacts.Contains("k-3"));
    CHECK(fresh.interactions.size() == 2);
    CHECK(fresh.interests.size() == 1);
    CHECK(fresh.relationships.size() == 1);
    CHECK(fresh.contracts.size() == 1);
    CHECK(fresh.employees.Contains("e-1"));
    CHECK(fresh.employees.Contains("e-2"));  // responsible of c-2 and owner of i-2
    CHECK(fresh.employees.Contains("e-3"));  // responsible of c-3
    CHECK(ExportClient(s, "nobody", kExportedAt).empty());

    // From the other side of the relationship: c-2's file holds c-1 as well.
    const std::string text2 = ExportClient(s, "c-2", kExportedAt);
    Store fresh2;
    const ImportResult res2 = ApplyImport(fresh2, text2, ImportMode::Replace);
    REQUIRE_MESSAGE(res2.ok, res2.error);
    CHECK(fresh2.relationships.size() == 1);
    CHECK(fresh2.clients.size() == 2);
    CHECK(fresh2.contacts.empty());
}

TEST_CASE("a larger store round-trips identically, and a re-import rewrites nothing") {
    Store s;
    s.employees.Upsert(FullEmployee("e-1"));
    s.employees.Upsert(FullEmployee("e-2"));
    for (int i = 0; i < 600; ++i) {
        const std::string c = "c-" + std::to_string(i);
        s.clients.Upsert(FullClient(c, i % 2 ? "e-1" : "e-2"));
        s.contacts.Upsert(FullContact("k-" + std::to_string(i), c));
        s.interests.Upsert(FullInterest("d-" + std::to_string(i), c, "e-1"));
        for (int k = 0; k < 3; ++k)
            s.interactions.Upsert(FullInteraction("i-" + std::to_string(i) + "-" + std::to_string(k), c,
                                                  "k-" + std::to_string(i), "d-" + std::to_string(i), "e-2"));
        s.contracts.Upsert(FullContract("ct-" + std::to_string(i), c));
        if (i > 0) s.relationships.Upsert(FullRelationship("r-" + std::to_string(i), c, "c-" + std::to_string(i - 1)));
    }
    const std::string text = ExportStore(s, kExportedAt);
    Store copy;
    const ImportResult res = ApplyImport(copy, text, ImportMode::Replace);
    REQUIRE_MESSAGE(res.ok, res.error);
    CHECK(res.summary.TotalAdded() == 2 + 600 * 8 - 1);  // client, contact, interest, 3 interactions, contract, relationship
    CHECK(ExportStore(copy, kExportedAt) == text);
    copy.ClearDirty();
    const ImportResult again = ApplyImport(copy, text, ImportMode::Merge);
    REQUIRE(again.ok);
    CHECK(again.summary.TotalUnchanged() == again.summary.TotalUpdated());
    CHECK_FALSE(copy.HasChanges());
}

// Every class of rejected file: the message names the record and the field, and the store
// is byte-identical afterwards (ExportStore before == after), in both modes.
#include <doctest/doctest.h>

#include "io_samples.h"

using namespace card;
using namespace card::samples;

namespace {

// A valid document around the given collections text, e.g. R"("clients":[...])".
std::string Doc(const std::string& collections, const std::string& header = R"("format":"client-card","version":1)") {
    return "{" + header + (collections.empty() ? "" : "," + collections) + "}";
}

// Imports `text` into a copy of FullStore in `mode`; requires a rejection whose message
// contains every one of `parts`, and a store left exactly as it was.
void ExpectRejected(const std::string& text, std::initializer_list<const char*> parts,
                    ImportMode mode = ImportMode::Merge) {
    Store store = FullStore();
    store.ClearDirty();
    const std::string before = ExportStore(store, kExportedAt);
    const ImportResult check = CheckImport(store, text, mode);
    const ImportResult res = ApplyImport(store, text, mode);
    INFO("message: " << res.error);
    CHECK_FALSE(check.ok);
    CHECK_FALSE(res.ok);
    CHECK(check.error == res.error);
    for (const char* p : parts) CHECK_MESSAGE(res.error.find(p) != std::string::npos, p);
    CHECK(res.summary.TotalAdded() + res.summary.TotalUpdated() + res.summary.TotalRemoved() == 0);
    CHECK(ExportStore(store, kExportedAt) == before);
    CHECK_FALSE(store.HasChanges());
}

void ExpectRejectedBoth(const std::string& text, std::initializer_list<const char*> parts) {
    ExpectRejected(text, parts, ImportMode::Merge);
    ExpectRejected(text, parts, ImportMode::Replace);
}

const char* kClient = R"({"id":"c-9","name":"Новый"})";

}  // namespace

TEST_CASE("not JSON") {
    ExpectRejectedBoth("{\"format\": \"client-card\",\n \"version\": 1,\n", {"not valid JSON: line 3, column"});
    ExpectRejectedBoth("", {"not valid JSON: line 1, column 1"});
    ExpectRejectedBoth("Имя;ИНН\nРомашка;7701234567\n", {"not valid JSON"});
}

TEST_CASE("not a Client Card document") {
    ExpectRejectedBoth("[]", {"not a Client Card file: the top level is an array, expected an object"});
    ExpectRejectedBoth(R"({"version":1,"clients":[]})", {R"(field "format" is missing)"});
    ExpectRejectedBoth(R"({"format":"amo-crm","version":1})",
                       {R"(not a Client Card file: field "format" is "amo-crm" (expected "client-card"))"});
    ExpectRejectedBoth(R"({"format":1,"version":1})", {R"(field "format" is a number)"});
}

TEST_CASE("version missing, not an integer, newer or older") {
    ExpectRejectedBoth(R"({"format":"client-card"})", {R"(field "version" is missing)"});
    ExpectRejectedBoth(R"({"format":"client-card","version":"1"})", {R"(field "version": expected an integer, got a string)"});
    ExpectRejectedBoth(R"({"format":"client-card","version":1.5})", {R"(field "version": expected an integer, got 1.5)"});
    ExpectRejectedBoth(R"({"format":"client-card","version":2,"clients":[{"id":"c-1","name":"A","new_thing":1}]})",
                       {"made by a newer version of Client Card (version 2); this app reads version 1"});
    ExpectRejectedBoth(R"({"format":"client-card","version":0})", {R"(field "version": unsupported version 0)"});
    ExpectRejectedBoth(R"({"format":"client-card","version":-1})", {R"(unsupported version -1)"});
}

TEST_CASE("a collection that is not an array") {
    ExpectRejectedBoth(Doc(R"("clients":{"c-1":{"name":"A"}})"),
                       {R"(field "clients": expected an array of records, got an object)"});
    ExpectRejectedBoth(Doc(R"("employees":"none")"), {R"(field "employees": expected an array of records, got a string)"});
}

TEST_CASE("missing required field") {
    ExpectRejectedBoth(Doc(R"("clients":[{"id":"c-9","name":"A"},{"id":"c-10"}])"),
                       {R"(clients[1] (id "c-10"): field "name": required field is missing)"});
    ExpectRejectedBoth(Doc(R"("employees":[{"name":"Без id"}])"), {R"(employees[0]: field "id": required field is missing)"});
    ExpectRejectedBoth(Doc(R"("contacts":[{"id":"k-9","name":"A"}])"),
                       {R"(contacts[0] (id "k-9"): field "client_id": required field is missing)"});
    ExpectRejectedBoth(Doc(R"("interactions":[{"id":"i-9","client_id":"c-1","at":"2026-01-01T10:00:00+03:00"}])"),
                       {R"(interactions[0] (id "i-9"): field "type": required field is missing)"});
    ExpectRejectedBoth(Doc(R"("relationships":[{"id":"r-9","from_client_id":"c-1","kind":"partner"}])"),
                       {R"(relationships[0] (id "r-9"): field "to_client_id": required field is missing)"});
}

TEST_CASE("wrong type") {
    ExpectRejectedBoth(Doc(R"("clients":[{"id":"c-9","name":["A"]}])"),
                       {R"(clients[0] (id "c-9"): field "name": expected a string, got an array)"});
    ExpectRejectedBoth(Doc(R"("contacts":[{"id":"k-9","client_id":"c-1","primary":"да"}])"),
                       {R"(contacts[0] (id "k-9"): field "primary": expected true or false, got a string)"});
    ExpectRejectedBoth(Doc(R"("clients":[42])"), {R"(clients[0]: expected an object, got a number)"});
    ExpectRejectedBoth(Doc(R"("interests":[{"id":"d-9","client_id":"c-1","probability":"high"}])"),
                       {R"(interests[0] (id "d-9"): field "probability": expected an integer, got a string)"});
}

TEST_CASE("unknown enumeration value") {
    ExpectRejectedBoth(Doc(R"("clients":[{"id":"c-9","name":"A","kind":"company"}])"),
                       {R"(clients[0] (id "c-9"): field "kind": unknown value "company" (expected legal_entity, sole_trader or person))"});
    ExpectRejectedBoth(Doc(R"("clients":[{"id":"c-9","name":"A","responsibles":[{"employee_id":"e-1","role":"boss"}]}])"),
                       {R"(clients[0] (id "c-9"): field "responsibles[0].role": unknown value "boss")"});
    ExpectRejectedBoth(Doc(R"("interactions":[{"id":"i-9","client_id":"c-1","type":"sms","at":"2026-01-01T10:00:00Z"}])"),
                       {R"(interactions[0] (id "i-9"): field "type": unknown value "sms" (expected call, meeting, email, letter, task, note or document))"});
    ExpectRejectedBoth(Doc(R"("contracts":[{"id":"ct-9","client_id":"c-1","status":"Active"}])"),
                       {R"(contracts[0] (id "ct-9"): field "status": unknown value "Active")"});
}

TEST_CASE("duplicate id within a collection of the file") {
    ExpectRejectedBoth(Doc(R"("clients":[{"id":"c-9","name":"A"},{"id":"c-8","name":"B"},{"id":"c-9","name":"C"}])"),
                       {R"(clients[2] (id "c-9"): field "id": duplicate id, also used by clients[0])"});
}

TEST_CASE("dangling references") {
    // Neither in the file nor in the store: refused in both modes.
    ExpectRejectedBoth(Doc(R"("contacts":[{"id":"k-9","client_id":"c-404"}])"),
                       {R"(contacts[0] (id "k-9"): field "client_id": refers to client "c-404")"});
    ExpectRejected(Doc(R"("contacts":[{"id":"k-9","client_id":"c-404"}])"),
                   {"which is neither in the file nor in the store"}, ImportMode::Merge);
    ExpectRejectedBoth(
        Doc(std::string(R"("clients":[)") + kClient + R"(],"interactions":[{"id":"i-9","client_id":"c-9","type":"call",)"
            R"("at":"2026-01-01T10:00:00Z","contact_id":"k-404"}])"),
        {R"(interactions[0] (id "i-9"): field "contact_id": refers to contact "k-404")"});
    ExpectRejectedBoth(
        Doc(std::string(R"("clients":[)") + kClient + R"(],"interactions":[{"id":"i-9","client_id":"c-9","type":"call",)"
            R"("at":"2026-01-01T10:00:00Z","interest_id":"d-404"}])"),
        {R"(field "interest_id": refers to interest "d-404")"});
    ExpectRejectedBoth(
        Doc(std::string(R"("clients":[)") + kClient + R"(],"interactions":[{"id":"i-9","client_id":"c-9","type":"call",)"
            R"("at":"2026-01-01T10:00:00Z","owner_id":"e-404"}])"),
        {R"(field "owner_id": refers to employee "e-404")"});
    ExpectRejectedBoth(Doc(std::string(R"("clients":[)") + kClient +
                           R"(],"interests":[{"id":"d-9","client_id":"c-9","responsible_id":"e-404"}])"),
                       {R"(interests[0] (id "d-9"): field "responsible_id": refers to employee "e-404")"});
    ExpectRejectedBoth(Doc(R"("clients":[{"id":"c-9","name":"A","responsibles":[{"employee_id":"e-404"}]}])"),
                       {R"(clients[0] (id "c-9"): field "responsibles[0].employee_id": refers to employee "e-404")"});
    ExpectRejectedBoth(Doc(std::string(R"("clients":[)") + kClient +
                           R"(],"relationships":[{"id":"r-9","from_client_id":"c-9","to_client_id":"c-404","kind":"partner"}])"),
                       {R"(relationships[0] (id "r-9"): field "to_client_id": refers to client "c-404")"});
    ExpectRejectedBoth(Doc(R"("relationships":[{"id":"r-9","from_client_id":"c-404","to_client_id":"c-9","kind":"partner"}])"),
                       {R"(field "from_client_id": refers to client "c-404")"});
    ExpectRejectedBoth(Doc(R"("contracts":[{"id":"ct-9","client_id":"c-404"}])"),
                       {R"(contracts[0] (id "ct-9"): field "client_id": refers to client "c-404")"});
    // In the store only: fine for merge, refused for replace (the store goes away).
    ExpectRejected(Doc(R"("contacts":[{"id":"k-9","client_id":"c-1"}])"),
                   {R"(contacts[0] (id "k-9"): field "client_id": refers to client "c-1", which is not in the file)"},
                   ImportMode::Replace);
    // A relationship from a client to itself.
    ExpectRejectedBoth(Doc(std::string(R"("clients":[)") + kClient +
                           R"(],"relationships":[{"id":"r-9","from_client_id":"c-9","to_client_id":"c-9","kind":"partner"}])"),
                       {R"(relationships[0] (id "r-9"): field "to_client_id": a relationship must link two different clients)"});
}

TEST_CASE("bad money") {
    ExpectRejectedBoth(Doc(R"("interests":[{"id":"d-9","client_id":"c-1","expected_revenue":{"amount":100.001,"currency":"RUB"}}])"),
                       {R"(interests[0] (id "d-9"): field "expected_revenue.amount": 100.001 has more than 2 decimals)"});
    ExpectRejectedBoth(Doc(R"("contracts":[{"id":"ct-9","client_id":"c-1","amount":{"amount":1e20}}])"),
                       {R"(contracts[0] (id "ct-9"): field "amount.amount": )", "out of range"});
    ExpectRejectedBoth(Doc(R"("contracts":[{"id":"ct-9","client_id":"c-1","amount":{"amount":5,"currency":"руб"}}])"),
                       {R"(contracts[0] (id "ct-9"): field "amount.currency": "руб" is not a currency code)"});
    ExpectRejectedBoth(Doc(R"("contracts":[{"id":"ct-9","client_id":"c-1","amount":"1 000 000"}])"),
                       {R"(contracts[0] (id "ct-9"): field "amount": expected a money object)"});
}

TEST_CASE("bad date or moment") {
    ExpectRejectedBoth(Doc(R"("contracts":[{"id":"ct-9","client_id":"c-1","valid_to":"2026-02-29"}])"),
                       {R"(contracts[0] (id "ct-9"): field "valid_to": invalid date "2026-02-29")"});
    ExpectRejectedBoth(Doc(R"("contracts":[{"id":"ct-9","client_id":"c-1","signed_on":"31.12.2026"}])"),
                       {R"(field "signed_on": invalid date "31.12.2026" (expected YYYY-MM-DD, a real day))"});
    ExpectRejectedBoth(Doc(R"("clients":[{"id":"c-9","name":"A","created_at":"2026-11-27T10:30:00"}])"),
                       {R"(clients[0] (id "c-9"): field "created_at": invalid date-time "2026-11-27T10:30:00")"});
}

TEST_CASE("bad attachment") {
    ExpectRejectedBoth(
        Doc(std::string(R"("clients":[)") + kClient + R"(],"interactions":[{"id":"i-9","client_id":"c-9","type":"document",)"
            R"("at":"2026-01-01T10:00:00Z","attachments":[{"name":"a.txt","data":"aGVsbG8=","size":50}]}])"),
        {R"(interactions[0] (id "i-9"): field "attachments[0].size": 50 does not match)"});
}

TEST_CASE("a late error rejects records that were fine before it") {
    // 1000 good records, then one bad: none of them may be imported.
    std::string clients;
    for (int i = 0; i < 1000; ++i) clients += R"({"id":"n-)" + std::to_string(i) + R"(","name":"N"},)";
    clients += R"({"id":"n-bad","name":"N","status":"gone"})";
    ExpectRejectedBoth(Doc(R"("clients":[)" + clients + "]"), {R"(clients[1000] (id "n-bad"): field "status")"});
}

TEST_CASE("the header is checked first even when it comes after the records") {
    // Records are decoded as they stream by; a bad header later in the file still wins.
    ExpectRejectedBoth(R"({"clients":[{"id":"c-9","name":"A","kind":"future_kind"}],"format":"client-card","version":2})",
                       {"made by a newer version of Client Card (version 2)"});
    ExpectRejectedBoth(R"({"clients":[{"id":"c-9","name":"A","kind":"bad"}],"version":1})", {R"(field "format" is missing)"});
    // And a syntax error anywhere wins over a record error before it.
    ExpectRejectedBoth(R"({"format":"client-card","version":1,"clients":[{"id":"c-9","name":"A","kind":"bad"}],})",
                       {"not valid JSON: line 1, column"});
    // A good header after the records: the record error is reported.
    ExpectRejectedBoth(R"({"clients":[{"id":"c-9","name":"A","kind":"bad"}],"format":"client-card","version":1})",
                       {R"(clients[0] (id "c-9"): field "kind": unknown value "bad")"});
}

TEST_CASE("a collection given twice, absurd nesting, a top-level scalar") {
    ExpectRejectedBoth(Doc(R"("clients":[{"id":"c-8","name":"A"}],"clients":[{"id":"c-9","name":"B"}])"),
                       {R"(field "clients" appears twice at the top level)"});
    std::string deep = Doc(R"("x_deep":)" + std::string(150, '[') + std::string(150, ']'));
    ExpectRejectedBoth(deep, {"not valid JSON: line 1, column", "nested deeper than 100 levels"});
    ExpectRejectedBoth(R"("client-card")", {"not a Client Card file: the top level is a string, expected an object"});
    ExpectRejectedBoth("{\"format\":\"client-card\",\"version\":1,\"clients\":[{\"id\":\"c-9\",\"name\":\"\xff\"}]}",
                       {"not valid UTF-8 at line 1, column 68 (byte offset 67): byte 0xFF"});
}

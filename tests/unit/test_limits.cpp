// The limits of an imported file (docs/FORMAT.md, "Limits"): file size, text length,
// attachment sizes, record counts; and the broken input around them: invalid UTF-8,
// numbers beyond money, impossible dates and times. Each refusal names the record, the
// field and the limit, and leaves the store exactly as it was, in both modes.
#include <doctest/doctest.h>

#include <sys/mman.h>

#include "io_samples.h"
#include "model/base64.h"

using namespace card;
using namespace card::samples;

namespace {

std::string Doc(const std::string& collections) {
    return R"({"format":"client-card","version":1)" + (collections.empty() ? "" : "," + collections) + "}";
}

// Rejected with a message containing every part; the store is unchanged.
void ExpectRejected(std::string_view text, std::initializer_list<std::string> parts, const ImportLimits& limits = {}) {
    for (ImportMode mode : {ImportMode::Merge, ImportMode::Replace}) {
        Store store = FullStore();
        store.ClearDirty();
        const std::string before = ExportStore(store, kExportedAt);
        const ImportResult check = CheckImport(store, text, mode, limits);
        const ImportResult res = ApplyImport(store, text, mode, limits);
        INFO("message: " << res.error);
        CHECK_FALSE(check.ok);
        CHECK_FALSE(res.ok);
        CHECK(check.error == res.error);
        for (const std::string& p : parts) CHECK_MESSAGE(res.error.find(p) != std::string::npos, p);
        CHECK(ExportStore(store, kExportedAt) == before);
        CHECK_FALSE(store.HasChanges());
    }
}

void ExpectAccepted(std::string_view text, const ImportLimits& limits = {}) {
    Store store = FullStore();
    const ImportResult res = ApplyImport(store, text, ImportMode::Merge, limits);
    INFO("message: " << res.error);
    CHECK(res.ok);
}

std::string ClientJson(const std::string& id, const std::string& extra = "") {
    return R"({"id":")" + id + R"(","name":"Клиент")" + extra + "}";
}

// An interaction of c-1 with attachments of the given decoded sizes.
std::string WithAttachments(std::initializer_list<size_t> sizes) {
    std::string atts;
    int n = 0;
    for (size_t size : sizes) {
        if (!atts.empty()) atts += ",";
        atts += R"({"name":"scan)" + std::to_string(++n) + R"(.pdf","mime":"application/pdf","data":")" +
                Base64Encode(std::string(size, 'x')) + R"("})";
    }
    return Doc(R"("interactions":[{"id":"i-9","client_id":"c-1","type":"document","at":"2026-01-01T10:00:00Z","attachments":[)" +
               atts + "]}]");
}

}  // namespace

TEST_CASE("sizes in messages") {
    CHECK(DescribeByteSize(0) == "0 bytes");
    CHECK(DescribeByteSize(1) == "1 byte");
    CHECK(DescribeByteSize(1023) == "1023 bytes");
    CHECK(DescribeByteSize(1024) == "1 KiB (1024 bytes)");
    CHECK(DescribeByteSize(1536) == "1.5 KiB (1536 bytes)");
    CHECK(DescribeByteSize(5LL * 1024 * 1024) == "5 MiB (5242880 bytes)");
    CHECK(DescribeByteSize(kMaxImportFileBytes) == "768 MiB (805306368 bytes)");
    CHECK(DescribeByteSize(3LL * 1024 * 1024 * 1024 / 2) == "1.5 GiB (1610612736 bytes)");
}

TEST_CASE("the default limits are the documented ones") {
    const ImportLimits d;
    CHECK(d.file_bytes == 768LL * 1024 * 1024);
    CHECK(d.text_bytes == 1024u * 1024);
    CHECK(d.attachment_bytes == 5LL * 1024 * 1024);
    CHECK(d.attachments_per_interaction == 20LL * 1024 * 1024);
    CHECK(d.records_per_collection == 2000000);
    CHECK(d.records_in_file == 4000000);
    // 1M interactions (issue 7's largest store) fit with a margin.
    CHECK(d.records_per_collection >= 2 * 1000000);
}

TEST_CASE("file size: refused before parsing, with the size and the limit") {
    // A file of exactly the default limit + 1 byte, without using the memory: zero pages
    // mapped read-only (never touched when the size check comes first; parsed, the first
    // zero byte would be a syntax error instead).
    const size_t size = static_cast<size_t>(kMaxImportFileBytes) + 1;
    void* p = mmap(nullptr, size, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    REQUIRE(p != MAP_FAILED);
    const std::string_view huge(static_cast<const char*>(p), size);
    ExpectRejected(huge, {"the file is too large: 768 MiB (805306369 bytes); the limit is 768 MiB (805306368 bytes)"});
    // At the limit the size passes (and the zeros are refused as JSON).
    ExpectRejected(huge.substr(0, size - 1), {"not valid JSON: line 1, column 1"});
    munmap(p, size);
    CHECK(FileTooLargeMessage(kMaxImportFileBytes + 1).find("the limit is 768 MiB") != std::string::npos);

    // The boundary with a small limit: a valid file of N bytes passes a limit of N.
    const std::string text = Doc(R"("clients":[)" + ClientJson("c-9") + "]");
    ImportLimits limits;
    limits.file_bytes = static_cast<int64_t>(text.size());
    ExpectAccepted(text, limits);
    limits.file_bytes -= 1;
    ExpectRejected(text, {"the file is too large: " + std::to_string(text.size()) + " bytes; the limit is " +
                          std::to_string(text.size() - 1) + " bytes"},
                   limits);
}

TEST_CASE("text length: every string of a record, known field or not, nested or not") {
    const size_t limit = kMaxImportTextBytes;
    const std::string at_limit(limit, 'a'), over(limit + 1, 'a');
    ExpectAccepted(Doc(R"("clients":[)" + ClientJson("c-9", R"(,"notes":")" + at_limit + R"(")") + "]"));
    const std::string msg = "text of 1 MiB (1048577 bytes) is longer than the limit of 1 MiB (1048576 bytes)";
    ExpectRejected(Doc(R"("clients":[)" + ClientJson("c-9", R"(,"notes":")" + over + R"(")") + "]"),
                   {R"(clients[0] (id "c-9"): field "notes": )" + msg});
    // Cyrillic counts in bytes (2 per letter).
    std::string cyr;
    for (size_t i = 0; i < limit / 2 + 1; ++i) cyr += "Я";
    ExpectRejected(Doc(R"("contacts":[{"id":"k-9","client_id":"c-1","name":")" + cyr + R"("}])"),
                   {R"(contacts[0] (id "k-9"): field "name": text of 1 MiB (1048578 bytes))"});
    ExpectRejected(Doc(R"("clients":[)" + ClientJson("c-9", R"(,"phones":["1","2",")" + over + R"("])") + "]"),
                   {R"(clients[0] (id "c-9"): field "phones[2]": )" + msg});
    ExpectRejected(Doc(R"("clients":[)" +
                       ClientJson("c-9", R"(,"responsibles":[{"employee_id":"e-1","role":"other","note":")" + over + R"("}])") +
                       "]"),
                   {R"(clients[0] (id "c-9"): field "responsibles[0].note": )" + msg});
    ExpectRejected(Doc(R"("clients":[)" + ClientJson("c-9", R"(,"x_crm":{"comment":")" + over + R"("})") + "]"),
                   {R"(clients[0] (id "c-9"): field "x_crm.comment": )" + msg});
    ExpectRejected(Doc(R"("clients":[)" + ClientJson("c-9", R"(,")" + over + R"(":1)") + "]"),
                   {R"x(clients[0] (id "c-9"): field "(a field name)": )x" + msg});
    ExpectRejected(Doc(R"("employees":[{"id":")" + over + R"(","name":"A"}])"),
                   {R"(employees[0] (id "aaaa)", R"(field "id": )" + msg});
    ExpectRejected(Doc(R"("x_source_system":")" + over + R"(")"), {R"(field "x_source_system": )" + msg});
    ExpectRejected(Doc(R"("history":[{"id":"h-9","client_id":"c-1","at":"2026-01-01T10:00:00Z","entity":"client",)"
                       R"("record_id":"c-1","action":"changed","old":")" + over + R"("}])"),
                   {R"(history[0] (id "h-9"): field "old": )" + msg});
    // Attachments' data is base64 and has its own limit: 1.5 MiB of data is fine.
    ExpectAccepted(WithAttachments({1536 * 1024}));
}

TEST_CASE("attachment size: one attachment, and all of one interaction") {
    ImportLimits small;
    small.attachment_bytes = 1000;
    small.attachments_per_interaction = 2500;
    ExpectAccepted(WithAttachments({1000, 1000}), small);
    ExpectRejected(WithAttachments({1000, 1001}),
                   {R"(interactions[0] (id "i-9"): field "attachments[1].data": attachment "scan2.pdf" of 1001 bytes )"
                    "is larger than the limit of 1000 bytes per attachment"},
                   small);
    ExpectRejected(WithAttachments({1000, 1000, 501}),
                   {R"(interactions[0] (id "i-9"): field "attachments": 3 attachments of 2.4 KiB (2501 bytes) in all )"
                    "are larger than the limit of 2.4 KiB (2500 bytes) per interaction"},
                   small);
    // The real limit: 5 MiB per attachment.
    ExpectAccepted(WithAttachments({static_cast<size_t>(kMaxImportAttachmentBytes)}));
    ExpectRejected(WithAttachments({static_cast<size_t>(kMaxImportAttachmentBytes) + 1}),
                   {R"(field "attachments[0].data": attachment "scan1.pdf" of 5 MiB (5242881 bytes) is larger than )"
                    "the limit of 5 MiB (5242880 bytes) per attachment"});
}

TEST_CASE("record count: per collection and in the whole file") {
    ImportLimits small;
    small.records_per_collection = 3;
    small.records_in_file = 5;
    auto clients = [](int n, int from = 0) {
        std::string out;
        for (int i = 0; i < n; ++i) out += (i ? "," : "") + ClientJson("n-" + std::to_string(from + i));
        return out;
    };
    auto employees = [](int n) {
        std::string out;
        for (int i = 0; i < n; ++i) out += std::string(i ? "," : "") + R"({"id":"m-)" + std::to_string(i) + R"(","name":"M"})";
        return out;
    };
    ExpectAccepted(Doc(R"("clients":[)" + clients(3) + R"(],"employees":[)" + employees(2) + "]"), small);
    ExpectRejected(Doc(R"("clients":[)" + clients(4) + "]"),
                   {R"(clients[3]: too many records in "clients" (the limit is 3 per collection))"}, small);
    ExpectRejected(Doc(R"("clients":[)" + clients(3) + R"(],"employees":[)" + employees(3) + "]"),
                   {"employees[2]: too many records in the file (the limit is 5 in all)"}, small);
}

TEST_CASE("invalid UTF-8 anywhere: line, column and byte offset") {
    // Inside a string (line 3, after 7 Cyrillic letters: column counts characters).
    const std::string in_string = "{\"format\":\"client-card\",\"version\":1,\n\"clients\":[\n{\"id\":\"c-9\",\"name\":\"Ромашка\xff\"}]}";
    const size_t offset = in_string.find('\xff');
    ExpectRejected(in_string, {"not valid UTF-8 at line 3, column 28 (byte offset " + std::to_string(offset) + "): byte 0xFF"});
    // Outside a string.
    ExpectRejected("{\"format\":\"client-card\",\xd0\"version\":1}",
                   {"not valid UTF-8 at line 1, column 25 (byte offset 24): byte 0xD0"});
    // A sequence cut short, an overlong form, a surrogate, beyond U+10FFFF.
    ExpectRejected(Doc(R"("clients":[)" + ClientJson("c-9", ",\"notes\":\"\xe2\x82\"") + "]"),
                   {"not valid UTF-8 at line 1, column ", "byte 0xE2"});
    ExpectRejected(Doc(R"("clients":[)" + ClientJson("c-9", ",\"notes\":\"\xc0\xaf\"") + "]"), {"not valid UTF-8", "byte 0xC0"});
    ExpectRejected(Doc(R"("clients":[)" + ClientJson("c-9", ",\"notes\":\"\xed\xa0\x80\"") + "]"), {"not valid UTF-8", "byte 0xED"});
    ExpectRejected(Doc(R"("clients":[)" + ClientJson("c-9", ",\"notes\":\"\xf4\x90\x80\x80\"") + "]"), {"not valid UTF-8", "byte 0xF4"});
    // A lone continuation byte in a key.
    ExpectRejected("{\"format\":\"client-card\",\"ver\x80sion\":1}", {"not valid UTF-8 at line 1, column 29 (byte offset 28): byte 0x80 is not the start of a character"});
    // The message itself is valid UTF-8 (it is shown in the UI).
    Store store;
    const ImportResult r = ApplyImport(store, in_string, ImportMode::Merge);
    std::string shown;
    AppendJsonString(shown, r.error);
    CHECK(shown.find("\xEF\xBF\xBD") == std::string::npos);
}

TEST_CASE("numbers beyond money and integers") {
    const std::string range = "is out of range (at most 10000000000000 in absolute value)";
    auto contract = [](const std::string& amount) {
        return Doc(R"("contracts":[{"id":"ct-9","client_id":"c-1","amount":{"amount":)" + amount + R"(,"currency":"RUB"}}])");
    };
    ExpectAccepted(contract("10000000000000"));
    ExpectAccepted(contract("-10000000000000"));
    ExpectAccepted(contract("9999999999999.99"));
    ExpectRejected(contract("10000000000001"), {R"(contracts[0] (id "ct-9"): field "amount.amount": 10000000000001 )" + range});
    ExpectRejected(contract("10000000000000.01"), {R"(field "amount.amount": )", range});
    ExpectRejected(contract("99999999999999999999"), {R"(contracts[0] (id "ct-9"): field "amount.amount": )", range});
    ExpectRejected(contract("-1e300"), {R"(field "amount.amount": )", range});
    // Beyond what a double holds: refused by the parser, with the number and its place.
    ExpectRejected(contract("1e400"), {"not valid JSON: line 1, column ", "number overflow parsing '1e400'"});
    ExpectRejected(Doc(R"("clients":[)" + ClientJson("c-9", R"(,"products":[{"name":"1С","licenses":18446744073709551616}])") + "]"),
                   {R"(clients[0] (id "c-9"): field "products[0].licenses": 1.8446744073709552e+19 is out of range (expected 0..9223372036854775807))"});
    ExpectRejected(Doc(R"("clients":[)" + ClientJson("c-9", R"(,"products":[{"name":"1С","licenses":9223372036854775808}])") + "]"),
                   {R"(field "products[0].licenses": 9223372036854775808 is out of range (expected 0..9223372036854775807))"});
    ExpectRejected(Doc(R"("clients":[)" + ClientJson("c-9", R"(,"products":[{"name":"1С","licenses":2.5}])") + "]"),
                   {R"(field "products[0].licenses": expected an integer, got 2.5)"});
    ExpectRejected(Doc(R"("clients":[)" + ClientJson("c-9", R"(,"products":[{"name":"1С","licenses":-1}])") + "]"),
                   {R"(field "products[0].licenses": -1 is negative)"});
}

TEST_CASE("impossible dates and times are refused, real ones accepted") {
    auto contract = [](const std::string& date) {
        return Doc(R"("contracts":[{"id":"ct-9","client_id":"c-1","valid_to":")" + date + R"("}])");
    };
    for (const char* bad : {"2026-02-30", "2026-13-01", "2026-00-10", "2026-04-31", "2026-02-29", "2100-02-29",
                            "0000-01-01", "2026-1-01", "2026-01-1", "2026/01/01", "+2026-01-01"}) {
        INFO(bad);
        ExpectRejected(contract(bad), {std::string(R"(contracts[0] (id "ct-9"): field "valid_to": invalid date ")") + bad +
                                       "\" (expected YYYY-MM-DD, a real day)"});
    }
    for (const char* good : {"2024-02-29", "2000-02-29", "2026-12-31", "0001-01-01", "9999-12-31"}) {
        INFO(good);
        ExpectAccepted(contract(good));
    }
    auto client = [](const std::string& at) { return Doc(R"("clients":[)" + ClientJson("c-9", R"(,"created_at":")" + at + R"(")") + "]"); };
    for (const char* bad : {"2026-11-27T24:00:00+03:00", "2026-11-27T23:60:00Z", "2026-11-27T23:59:60Z",
                            "2026-02-30T10:00:00Z", "2026-11-27T10:00:00+19:00", "2026-11-27T10:00:00+03:60",
                            "2026-11-27T10:00Z+", "2026-11-27T1:00:00Z"}) {
        INFO(bad);
        ExpectRejected(client(bad), {std::string(R"(clients[0] (id "c-9"): field "created_at": invalid date-time ")") + bad});
    }
    for (const char* good : {"2026-11-27T23:59:59.999+03:00", "2026-11-27T00:00Z", "2024-02-29T12:00:00-18:00"}) {
        INFO(good);
        ExpectAccepted(client(good));
    }
}

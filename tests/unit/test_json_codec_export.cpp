// The export's text byte for byte: ExportStore of a store full of edge cases (every escape,
// invalid and 2/3/4-byte UTF-8, strings longer than the writer's chunks, moments with
// milliseconds, negative offsets and years outside 0..9999, extreme numbers and amounts,
// unknown fields, unnamed enum values) and of pseudo-random records from a fixed seed,
// compared with tests/fixtures/export_golden.json. The golden file was written by the
// export as it was before its writer was made fast (issue 7): what a user's Export writes
// must not change. To rewrite it on purpose (a format change):
//   CARD_WRITE_EXPORT_GOLDEN=1 ./card_tests -tc='*golden*'
#include <doctest/doctest.h>

#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <limits>
#include <string>
#include <vector>

#include "io_samples.h"

using namespace card;
using namespace card::samples;

namespace {

// splitmix64: the same numbers on every platform (std:: distributions are not).
struct Rng {
    uint64_t s;
    uint64_t Next() {
        uint64_t z = (s += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    size_t Below(size_t n) { return static_cast<size_t>(Next() % n); }
    int64_t Range(int64_t lo, int64_t hi) { return lo + static_cast<int64_t>(Next() % static_cast<uint64_t>(hi - lo + 1)); }
};

// Pieces of text the writer treats differently.
const char* const kPieces[] = {
    "a", "Z", "0", " ", "Я", "ё", "Москва", "ООО «Ромашка»", "—", "€", "😀", "𝄞",
    "\"", "\\", "/", "\n", "\r", "\t", "\b", "\f", "\x01", "\x1f", "\x7f", "<>&'",
    "\xC2\xA0",          // no-break space
    "\xFF",              // invalid byte
    "\xC3",              // truncated 2-byte sequence
    "\xE0\x80\x80",      // overlong
    "\xED\xA0\x80",      // surrogate
    "\xF4\x90\x80\x80",  // beyond U+10FFFF
    "plain ascii run of some length ",
};

std::string RandomText(Rng& rng, bool valid_only = false) {
    const size_t kinds = sizeof kPieces / sizeof kPieces[0];
    size_t n = rng.Below(12);
    if (rng.Below(150) == 0) n = 300 + rng.Below(400);  // past the writer's chunk sizes
    const bool allow_invalid = !valid_only && rng.Below(8) == 0;
    std::string s;
    for (size_t i = 0; i < n; ++i) {
        const size_t k = rng.Below(kinds);
        const bool invalid = k >= 25 && k <= 29;
        if (invalid && !allow_invalid) continue;
        s += kPieces[k];
    }
    return s;
}

std::vector<std::string> RandomList(Rng& rng) {
    std::vector<std::string> v(rng.Below(4));
    for (auto& s : v) s = RandomText(rng);
    return v;
}

int64_t RandomInt(Rng& rng) {
    switch (rng.Below(6)) {
        case 0: return 0;
        case 1: return std::numeric_limits<int64_t>::min();
        case 2: return std::numeric_limits<int64_t>::max();
        case 3: return rng.Range(-1000, 1000);
        default: return static_cast<int64_t>(rng.Next());
    }
}

Date RandomDate(Rng& rng) {
    switch (rng.Below(6)) {
        case 0: return Date{};
        case 1: return rng.Below(2) ? Date::FromYmd(1, 1, 1) : Date::FromYmd(9999, 12, 31);
        case 2: return Date{static_cast<int32_t>(rng.Range(-1200000, 4000000))};  // years < 0 and > 9999
        default: return Date{static_cast<int32_t>(rng.Range(-30000, 40000))};
    }
}

Moment RandomMoment(Rng& rng) {
    Moment m;
    if (rng.Below(6) == 0) return m;
    const int64_t day_ms = 86400000;
    if (rng.Below(5) == 0) m.utc_ms = rng.Range(-1000000LL * day_ms, 3000000LL * day_ms);  // years < 0 and > 9999
    else m.utc_ms = rng.Range(-30000 * day_ms, 40000 * day_ms);
    if (rng.Below(2)) m.utc_ms -= m.utc_ms % 1000;  // whole seconds
    static const int16_t kOffsets[] = {0, 180, -180, 330, -570, 840, -720, 45, 1};
    m.offset_min = kOffsets[rng.Below(sizeof kOffsets / sizeof kOffsets[0])];
    return m;
}

Money RandomMoney(Rng& rng) {
    Money m;
    switch (rng.Below(5)) {
        case 0: m.minor = std::numeric_limits<int64_t>::min(); break;
        case 1: m.minor = rng.Range(-100000, 100000); break;
        case 2: m.minor = rng.Range(-Money::kMaxMinor, Money::kMaxMinor); break;
        default: m.minor = rng.Range(0, 100000000) * 100;
    }
    if (rng.Below(4) == 0) m.currency = RandomText(rng);
    return m;
}

const char* const kExtras[] = {
    "",
    R"({"x_a":1,"x_b":"текст","x_c":[1,2.5,{"d":null}],"x_e":true})",
    R"({"name":"shadowed by the known field","zz":-0.125,"aa":"first"})",
    R"({"x_big":1.5e300,"x_tiny":-2.5e-300,"x_int":-9223372036854775808,"x_uint":18446744073709551615})",
    R"({"x_esc":"a\"b\\c\n\u0001\u00ff😀"})",
    R"([1,2,3])",
    R"({"broken":)",
};

std::string RandomExtra(Rng& rng) {
    if (rng.Below(3)) return "";
    return kExtras[rng.Below(sizeof kExtras / sizeof kExtras[0])];
}

template <class E>
E RandomEnum(Rng& rng) {
    if (rng.Below(25) == 0) return static_cast<E>(200);  // no name: written as ""
    return static_cast<E>(rng.Below(EnumCount<E>()));
}

std::string Id(Rng& rng, const char* prefix, size_t i) {
    std::string id = prefix + std::to_string(i);
    if (rng.Below(15) == 0) id += RandomText(rng, true);  // ids with escapes and Cyrillic
    return id;
}

void AddRandomRecords(Store& store, Rng& rng, size_t n) {
    for (size_t i = 0; i < n; ++i) {
        Employee e;
        e.id = Id(rng, "re-", i);
        e.name = RandomText(rng), e.position = RandomText(rng), e.department = RandomText(rng);
        e.phone = RandomText(rng), e.email = RandomText(rng), e.extra_json = RandomExtra(rng);
        store.employees.Upsert(e);

        Client c;
        c.id = Id(rng, "rc-", i);
        c.name = RandomText(rng), c.legal_name = RandomText(rng), c.kind = RandomEnum<ClientKind>(rng);
        c.inn = RandomText(rng), c.kpp = RandomText(rng), c.ogrn = RandomText(rng);
        c.legal_address = RandomText(rng), c.actual_address = RandomText(rng);
        c.phones = RandomList(rng), c.emails = RandomList(rng);
        c.website = RandomText(rng), c.segment = RandomText(rng), c.industry = RandomText(rng);
        c.size = RandomText(rng), c.source = RandomText(rng), c.status = RandomEnum<ClientStatus>(rng);
        c.tags = RandomList(rng), c.notes = RandomText(rng), c.created_at = RandomMoment(rng);
        for (size_t k = rng.Below(3); k > 0; --k) {
            Responsible r;
            r.employee_id = RandomText(rng), r.role = RandomEnum<ResponsibleRole>(rng), r.extra_json = RandomExtra(rng);
            c.responsibles.push_back(r);
            Product p;
            p.name = RandomText(rng), p.version = RandomText(rng), p.licenses = RandomInt(rng);
            p.notes = RandomText(rng), p.extra_json = RandomExtra(rng);
            c.products.push_back(p);
            Infobase b;
            b.name = RandomText(rng), b.configuration = RandomText(rng), b.version = RandomText(rng);
            b.needs_update = rng.Below(2), b.updated_on = RandomDate(rng), b.notes = RandomText(rng);
            b.extra_json = RandomExtra(rng);
            c.infobases.push_back(b);
        }
        c.extra_json = RandomExtra(rng);
        store.clients.Upsert(c);

        Contact k;
        k.id = Id(rng, "rk-", i), k.client_id = c.id, k.name = RandomText(rng), k.position = RandomText(rng);
        k.role = RandomText(rng), k.phones = RandomList(rng), k.emails = RandomList(rng);
        k.primary = rng.Below(2), k.notes = RandomText(rng), k.extra_json = RandomExtra(rng);
        store.contacts.Upsert(k);

        Interaction a;
        a.id = Id(rng, "ri-", i), a.client_id = c.id;
        a.contact_id = rng.Below(2) ? k.id : "", a.interest_id = rng.Below(2) ? RandomText(rng) : "";
        a.type = RandomEnum<InteractionType>(rng), a.direction = RandomEnum<Direction>(rng);
        a.subject = RandomText(rng), a.body = RandomText(rng), a.result = RandomText(rng);
        a.at = RandomMoment(rng), a.duration_min = RandomInt(rng), a.status = RandomEnum<InteractionStatus>(rng);
        a.owner_id = rng.Below(2) ? e.id : "";
        for (size_t m = rng.Below(3); m > 0; --m) {
            Attachment t;
            t.name = RandomText(rng), t.mime = RandomText(rng), t.size = RandomInt(rng);
            t.data = RandomText(rng), t.extra_json = RandomExtra(rng);
            a.attachments.push_back(t);
        }
        a.extra_json = RandomExtra(rng);
        store.interactions.Upsert(a);

        Interest d;
        d.id = Id(rng, "rd-", i), d.client_id = c.id, d.title = RandomText(rng), d.project = RandomText(rng);
        d.responsible_id = rng.Below(2) ? e.id : "", d.state = RandomEnum<InterestState>(rng);
        d.expected_revenue = RandomMoney(rng), d.probability = RandomInt(rng);
        d.opened_on = RandomDate(rng), d.close_on = RandomDate(rng);
        d.notes = RandomText(rng), d.close_reason = RandomText(rng), d.extra_json = RandomExtra(rng);
        store.interests.Upsert(d);

        Relationship r;
        r.id = Id(rng, "rr-", i), r.from_client_id = c.id, r.to_client_id = RandomText(rng);
        r.kind = RandomEnum<RelationshipKind>(rng), r.note = RandomText(rng), r.extra_json = RandomExtra(rng);
        store.relationships.Upsert(r);

        Contract t;
        t.id = Id(rng, "rt-", i), t.client_id = c.id, t.kind = RandomEnum<ContractKind>(rng);
        t.number = RandomText(rng), t.title = RandomText(rng);
        t.signed_on = RandomDate(rng), t.valid_from = RandomDate(rng), t.valid_to = RandomDate(rng);
        t.status = RandomEnum<ContractStatus>(rng), t.has_amount = rng.Below(3) != 0, t.amount = RandomMoney(rng);
        t.terms = RandomText(rng), t.extra_json = RandomExtra(rng);
        store.contracts.Upsert(t);

        HistoryEntry h;
        h.id = Id(rng, "rh-", i), h.client_id = c.id, h.at = RandomMoment(rng);
        h.author_id = rng.Below(2) ? e.id : "", h.author = RandomText(rng), h.entity = RandomText(rng);
        h.record_id = RandomText(rng), h.record = RandomText(rng), h.action = RandomText(rng);
        h.field = RandomText(rng), h.old_value = RandomText(rng), h.new_value = RandomText(rng);
        h.origin = RandomText(rng), h.extra_json = RandomExtra(rng);
        store.history.Upsert(h);
    }
}

Store GoldenStore() {
    Store store;
    // The fully populated samples, and the same records with every optional field empty.
    store.employees.Upsert(FullEmployee());
    store.clients.Upsert(FullClient());
    store.contacts.Upsert(FullContact());
    store.interactions.Upsert(FullInteraction());
    store.interests.Upsert(FullInterest());
    store.relationships.Upsert(FullRelationship());
    store.contracts.Upsert(FullContract());
    store.history.Upsert(FullHistoryEntry());
    Employee e;
    e.id = "e-empty";
    store.employees.Upsert(e);
    Client c;
    c.id = "c-empty";
    store.clients.Upsert(c);
    Contact k;
    k.id = "k-empty";
    store.contacts.Upsert(k);
    Interaction i;
    i.id = "i-empty";
    store.interactions.Upsert(i);
    Interest d;
    d.id = "d-empty";
    store.interests.Upsert(d);
    Relationship r;
    r.id = "r-empty";
    store.relationships.Upsert(r);
    Contract t;
    t.id = "t-empty";
    store.contracts.Upsert(t);
    HistoryEntry h;
    h.id = "h-empty";
    store.history.Upsert(h);
    Rng rng{20261128};
    AddRandomRecords(store, rng, 150);
    store.extra_json = R"({"x_exported_by":"golden test","employees":"a known name: not written twice","x_n":[1,{"b":2}]})";
    return store;
}

const char* const kGolden = "tests/fixtures/export_golden.json";

std::string GoldenPath() {
#ifdef CARD_SOURCE_DIR
    return std::string(CARD_SOURCE_DIR) + "/" + kGolden;
#else
    const std::string f = __FILE__;  // .../tests/unit/test_json_codec_export.cpp
    return f.substr(0, f.find_last_of("/\\") + 1) + "../../" + kGolden;
#endif
}

}  // namespace

TEST_CASE("Export writes the golden file byte for byte") {
    const Store store = GoldenStore();
    const std::string text = ExportStore(store, At("2026-11-28T03:04:05.678-02:30"));
    if (const char* w = std::getenv("CARD_WRITE_EXPORT_GOLDEN"); w && *w == '1') {
        std::ofstream(GoldenPath(), std::ios::binary) << text;
        MESSAGE("wrote " << GoldenPath());
    }
    const std::string golden = SourceFileText(kGolden);
    REQUIRE_MESSAGE(!golden.empty(), "missing " << GoldenPath());
    CHECK(text.size() == golden.size());
    if (text != golden) {  // the first difference, not 300 KB of text
        size_t at = 0;
        while (at < text.size() && at < golden.size() && text[at] == golden[at]) ++at;
        const size_t from = at > 80 ? at - 80 : 0;
        FAIL("differs at byte " << at << "\n  export: " << text.substr(from, 160) << "\n  golden: "
                                << golden.substr(from, 160));
    }
}

TEST_CASE("AppendRecordJson of one record is the record's line of the export") {
    const Store store = GoldenStore();
    const std::string text = ExportStore(store, Moment{});
    size_t found = 0;
    store.ForEachCollection([&](const auto& coll) {
        for (const auto& r : coll.All()) {
            std::string line;
            AppendRecordJson(line, r);
            if (text.find("\n    " + line + (&r == &coll.All().back() ? "\n  ]" : ",\n")) != std::string::npos) ++found;
        }
    });
    CHECK(found == store.employees.size() + store.clients.size() + store.contacts.size() +
                       store.interactions.size() + store.interests.size() + store.relationships.size() +
                       store.contracts.size() + store.history.size());
}

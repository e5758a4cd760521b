// assets/demo.json (written by tools/gen_demo.mjs, loaded by File > Load demo data): it
// must import through the normal import path and hold what the issue promises, checked
// with the app's own rules (requisite validators, link and contract checks, the contract
// in force). Its dates count from its exported_at, which is the "today" of these checks.
#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "io/import.h"
#include "io/json_codec.h"
#include "model/contracts.h"
#include "model/current_contract.h"
#include "model/interests.h"
#include "model/phone.h"
#include "model/relationships.h"
#include "model/requisites.h"
#include "io_samples.h"

using namespace card;

namespace {

std::string DemoText() { return samples::SourceFileText("assets/demo.json"); }

bool StartsWith(const std::string& s, const char* prefix) { return s.rfind(prefix, 0) == 0; }

}  // namespace

TEST_CASE("demo data: assets/demo.json imports and holds what the issue lists") {
    const std::string text = DemoText();
    REQUIRE_MESSAGE(!text.empty(), "assets/demo.json is missing: node tools/gen_demo.mjs writes it");
    CHECK(text.size() < 1500 * 1024);
    Json doc;
    std::string err;
    REQUIRE(ParseJson(text, doc, err));
    const auto exported = Moment::Parse(doc["exported_at"].get<std::string>());
    REQUIRE(exported);
    const Date today = exported->LocalDate();
    const int64_t now_ms = exported->utc_ms;
    const int64_t kDay = 86400000;

    // Into an empty store (what the start screen does) and merged into a store that has
    // data of its own (nothing of it is touched).
    Store s;
    const ImportResult res = ApplyImport(s, text, ImportMode::Merge);
    REQUIRE_MESSAGE(res.ok, res.error);
    CHECK(res.summary.TotalUpdated() == 0);
    Store again;
    REQUIRE(ApplyImport(again, ExportStore(s, *exported), ImportMode::Replace).ok);
    CHECK(ExportStore(again, *exported) == ExportStore(s, *exported));
    {
        Store mine;
        Client own;
        own.id = "c-1";
        own.name = "ООО «Своя»";
        mine.clients.Upsert(own);
        const ImportResult merged = ApplyImport(mine, text, ImportMode::Merge);
        REQUIRE(merged.ok);
        CHECK(mine.clients.size() == s.clients.size() + 1);
        CHECK(mine.clients.Find("c-1")->name == "ООО «Своя»");
        // Loading it twice adds nothing and changes nothing.
        const ImportResult twice = ApplyImport(mine, text, ImportMode::Merge);
        REQUIRE(twice.ok);
        CHECK(twice.summary.TotalAdded() == 0);
        CHECK(twice.summary.TotalUnchanged() == twice.summary.TotalUpdated());
    }

    // ---- Employees: 8-12, each with a position, department, office phone and extension.
    CHECK(s.employees.size() >= 8);
    CHECK(s.employees.size() <= 12);
    for (const Employee& e : s.employees.All()) {
        CHECK(!e.position.empty());
        CHECK(!e.department.empty());
        const NormalizedPhone p = NormalizePhone(e.phone);
        CHECK_MESSAGE(p.ok(), e.phone);
        CHECK_MESSAGE(!p.extension.empty(), e.phone);
        CHECK_MESSAGE(ValidateEmail(e.email).reason == CheckReason::Ok, e.email);
    }

    // ---- Clients: 30+, ООО / АО / ИП, every status, valid requisites.
    CHECK(s.clients.size() >= 30);
    std::set<ClientStatus> statuses;
    std::set<ResponsibleRole> roles;
    int ooo = 0, ao = 0, ip = 0, extensions = 0, needs_update = 0, up_to_date = 0;
    std::set<std::string> phone_shapes;  // the phone's text with digits replaced: formats vary
    for (const Client& c : s.clients.All()) {
        statuses.insert(c.status);
        ooo += StartsWith(c.name, "ООО «") ? 1 : 0;
        ao += StartsWith(c.name, "АО «") ? 1 : 0;
        if (StartsWith(c.name, "ИП ")) {
            ++ip;
            CHECK(c.kind == ClientKind::SoleTrader);
            CHECK(c.inn.size() == 12);
            CHECK(ValidateOgrnip(c.ogrn).reason == CheckReason::Ok);
        } else {
            CHECK(c.kind == ClientKind::LegalEntity);
            CHECK(ValidateKpp(c.kpp).reason == CheckReason::Ok);
            CHECK(ValidateOgrn(c.ogrn).reason == CheckReason::Ok);
            CHECK(ValidateWebsite(c.website).reason == CheckReason::Ok);
        }
        CHECK_MESSAGE(ValidateInn(c.inn).reason == CheckReason::Ok, c.name);
        CHECK_MESSAGE(ValidateClientRequisites(c).empty(), c.name);
        CHECK(!c.legal_name.empty());
        CHECK(c.legal_address.find("г. ") != std::string::npos);
        REQUIRE(!c.phones.empty());
        for (const std::string& p : c.phones) {
            std::string shape = p;
            for (char& ch : shape)
                if (ch >= '0' && ch <= '9') ch = '0';
            phone_shapes.insert(shape);
            extensions += NormalizePhone(p).extension.empty() ? 0 : 1;
        }
        CHECK(!c.emails.empty());
        for (const std::string* f : {&c.segment, &c.industry, &c.size, &c.source}) CHECK(!f->empty());
        CHECK(!c.tags.empty());
        CHECK(!c.created_at.empty());
        for (const Responsible& r : c.responsibles) {
            CHECK(s.employees.Find(r.employee_id));
            roles.insert(r.role);
        }
        if (c.status == ClientStatus::Active) CHECK_MESSAGE(c.responsibles.size() >= 2, c.name);
        for (const Infobase& b : c.infobases) (b.needs_update ? needs_update : up_to_date)++;

        // 2-5 contact persons, exactly one primary, with valid phones and e-mails.
        const auto& own = s.contacts.OwnedBy(c.id);
        CHECK_MESSAGE(own.size() >= 2, c.name);
        CHECK_MESSAGE(own.size() <= 5, c.name);
        int primary = 0;
        for (uint32_t pos : own) {
            const Contact& k = s.contacts[pos];
            primary += k.primary ? 1 : 0;
            CHECK(!k.name.empty());
            CHECK(!k.position.empty());
            CHECK(!k.phones.empty());
            for (const std::string& p : k.phones) {
                CHECK_MESSAGE(ValidatePhone(p).reason == CheckReason::Ok, p);
                extensions += NormalizePhone(p).extension.empty() ? 0 : 1;
            }
            for (const std::string& m : k.emails) CHECK_MESSAGE(ValidateEmail(m).reason == CheckReason::Ok, m);
        }
        CHECK_MESSAGE(primary == 1, c.name);
    }
    CHECK(statuses.size() == 3);
    CHECK(roles.size() == 4);
    CHECK(ooo >= 20);
    CHECK(ao >= 3);
    CHECK(ip >= 3);
    CHECK(phone_shapes.size() >= 8);
    CHECK(extensions >= 30);
    CHECK(needs_update >= 5);
    CHECK(up_to_date >= 5);

    // ---- The group: a holding, subsidiaries (one with its own subsidiary), a sister; every
    // relationship kind; every link passes the app's own checks.
    const GroupTree group = BuildGroupTree(s, "demo-cl-uti");
    CHECK(group.companies == 5);
    int subsidiaries = 0;
    std::set<RelationshipKind> kinds;
    for (const Relationship& r : s.relationships.All()) {
        kinds.insert(r.kind);
        if (r.kind == RelationshipKind::ParentOf && r.from_client_id == "demo-cl-uti") ++subsidiaries;
        const LinkCheck check = CheckLink(s, r);
        CHECK_MESSAGE(check.ok(), r.id);
    }
    CHECK(subsidiaries >= 2);
    CHECK(kinds.size() == EnumNames<RelationshipKind>::count);

    // ---- A year of interactions: every type, direction and status, some overdue, planned
    // ones ahead, results on done calls and meetings only.
    CHECK(s.interactions.size() >= 300);
    CHECK(s.interactions.size() <= 2000);
    std::set<InteractionType> types;
    std::set<Direction> directions;
    std::set<InteractionStatus> ia_statuses;
    int overdue = 0, ahead = 0, results = 0;
    int64_t oldest = now_ms;
    for (const Interaction& i : s.interactions.All()) {
        types.insert(i.type);
        directions.insert(i.direction);
        ia_statuses.insert(i.status);
        oldest = std::min(oldest, i.at.utc_ms);
        if (IsOverdueAt(i, now_ms)) ++overdue;
        if (i.status == InteractionStatus::Planned && i.at.utc_ms > now_ms) ++ahead;
        if (!i.result.empty()) {
            ++results;
            CHECK(i.status == InteractionStatus::Done);
            CHECK((i.type == InteractionType::Call || i.type == InteractionType::Meeting));
        }
        if (!i.contact_id.empty()) {
            const Contact* k = s.contacts.Find(i.contact_id);
            REQUIRE(k);
            CHECK(k->client_id == i.client_id);
        }
        if (!i.interest_id.empty()) CHECK(s.interests.Find(i.interest_id)->client_id == i.client_id);
        CHECK(s.employees.Find(i.owner_id));
    }
    CHECK(types.size() == EnumNames<InteractionType>::count);
    CHECK(directions.size() == EnumNames<Direction>::count);
    CHECK(ia_statuses.size() == EnumNames<InteractionStatus>::count);
    CHECK(overdue >= 3);
    CHECK(ahead >= 10);
    CHECK(results >= 100);
    CHECK(now_ms - oldest > 330 * kDay);
    CHECK(now_ms - oldest < 400 * kDay);

    // ---- Interests in every state; won and lost ones say why, open ones do not.
    std::map<InterestState, int> states;
    bool other_currency = false;
    for (const Interest& r : s.interests.All()) {
        ++states[r.state];
        CHECK(IsClosed(r.state) == !r.close_reason.empty());
        CHECK(r.probability >= 0);
        CHECK(r.probability <= 100);
        CHECK(!r.opened_on.empty());
        CHECK(s.employees.Find(r.responsible_id));
        other_currency |= r.expected_revenue.currency != "RUB";
    }
    CHECK(states.size() == kInterestStateCount);
    for (const auto& [state, n] : states) CHECK(n >= 3);
    CHECK(other_currency);

    // ---- Contracts: in force, expiring within 30 days, expired (still active, and
    // closed), drafts, suspended, open-ended; each passes the editor's checks.
    int in_force = 0, expiring = 0, expired_active = 0, expired_closed = 0, drafts = 0, suspended = 0, open_ended = 0;
    std::set<ContractKind> contract_kinds;
    for (const Contract& k : s.contracts.All()) {
        const ContractCheck check = CheckContract(s, k);
        CHECK_MESSAGE(check.ok(), k.id);
        contract_kinds.insert(k.kind);
        switch (StandingOn(k, today)) {
            case ContractStanding::InForce:
                ++in_force;
                if (k.valid_to.empty()) ++open_ended;
                else if (DaysLeft(k, today) <= kExpiringDays) ++expiring;
                break;
            case ContractStanding::Expired: ++expired_active; break;
            case ContractStanding::Closed: expired_closed += !k.valid_to.empty() && k.valid_to < today ? 1 : 0; break;
            case ContractStanding::Draft: ++drafts; break;
            case ContractStanding::Suspended: ++suspended; break;
            case ContractStanding::NotYetValid: break;
        }
    }
    CHECK(in_force >= 10);
    CHECK(expiring >= 3);
    CHECK(expired_active >= 1);
    CHECK(expired_closed >= 10);
    CHECK(drafts >= 3);
    CHECK(suspended >= 1);
    CHECK(open_ended >= 2);
    CHECK(contract_kinds.size() == EnumNames<ContractKind>::count);
    // The holding's service agreement is in force and ends within 30 days.
    const Contract* current = CurrentContract(s, "demo-cl-uti", today);
    REQUIRE(current);
    CHECK(DaysLeft(*current, today) >= 1);
    CHECK(DaysLeft(*current, today) <= kExpiringDays);
    // Every active client but those whose agreement lapsed or was suspended has one in force.
    int without = 0;
    for (const Client& c : s.clients.All())
        if (c.status == ClientStatus::Active && !CurrentContract(s, c.id, today)) ++without;
    CHECK(without >= 2);
    CHECK(without <= 6);
}

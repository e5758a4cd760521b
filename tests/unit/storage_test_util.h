// Shared by test_storage.cpp and test_persister.cpp: sample stores and a canonical text
// of a whole store (every record encoded with the codec, sorted by id) to compare stores.
#pragma once

#include <algorithm>
#include <string>
#include <vector>

#include "io/json_codec.h"
#include "model/store.h"

namespace card::test {

inline std::string CanonicalText(const Store& s) {
    std::string out;
    size_t c = 0;
    s.ForEachCollection([&](const auto& col) {
        std::vector<std::string> lines;
        for (const auto& r : col.All()) lines.push_back(DumpJson(EncodeRecord(r)));
        std::sort(lines.begin(), lines.end());
        out += CollectionName(static_cast<CollectionId>(c++));
        out += ":\n";
        for (const auto& l : lines) out += l + "\n";
    });
    out += "extra:" + s.extra_json + "\n";
    return out;
}

inline Client MakeClient(const std::string& id, const std::string& name) {
    Client c;
    c.id = id;
    c.name = name;
    c.legal_name = "ООО «" + name + "»";
    c.kind = ClientKind::LegalEntity;
    c.inn = "7701234567";
    c.phones = {"+7 495 123-45-67"};
    c.emails = {"info@example.ru"};
    c.tags = {"vip", "moscow"};
    c.status = ClientStatus::Active;
    c.created_at = *Moment::Parse("2026-11-27T10:30:00+03:00");
    Responsible resp;
    resp.employee_id = "e1";
    resp.role = ResponsibleRole::SalesManager;
    c.responsibles.push_back(resp);
    Product p;
    p.name = "1С:Бухгалтерия";
    p.version = "3.0";
    p.licenses = 5;
    c.products.push_back(p);
    Infobase ib;
    ib.name = "Main";
    ib.configuration = "БП";
    ib.needs_update = true;
    ib.updated_on = *Date::Parse("2026-10-01");
    c.infobases.push_back(ib);
    return c;
}

// A store with records in every collection: `clients` clients, each with a contact, an
// interaction, an interest and a contract, plus employees and relationships.
inline Store MakeSampleStore(int clients = 5) {
    Store s;
    for (int i = 1; i <= 2; ++i) {
        Employee e;
        e.id = "e" + std::to_string(i);
        e.name = "Сотрудник " + std::to_string(i);
        e.email = "e" + std::to_string(i) + "@example.ru";
        s.employees.Upsert(e);
    }
    for (int i = 0; i < clients; ++i) {
        const std::string id = "c" + std::to_string(i);
        s.clients.Upsert(MakeClient(id, "Клиент " + std::to_string(i)));
        Contact k;
        k.id = id + "-k";
        k.client_id = id;
        k.name = "Иван";
        k.primary = true;
        s.contacts.Upsert(k);
        Interest in;
        in.id = id + "-deal";
        in.client_id = id;
        in.title = "Внедрение";
        in.state = InterestState::Proposal;
        in.expected_revenue.minor = 150000050;
        in.probability = 40;
        in.opened_on = *Date::Parse("2026-09-01");
        s.interests.Upsert(in);
        Interaction x;
        x.id = id + "-call";
        x.client_id = id;
        x.contact_id = k.id;
        x.interest_id = in.id;
        x.type = InteractionType::Call;
        x.direction = Direction::Out;
        x.subject = "Звонок";
        x.at = *Moment::Parse("2026-11-20T09:00:00+03:00");
        x.duration_min = 15;
        x.owner_id = "e1";
        Attachment a;
        a.name = "note.txt";
        a.mime = "text/plain";
        a.size = 5;
        a.data = "aGVsbG8=";
        x.attachments.push_back(a);
        s.interactions.Upsert(x);
        Contract ct;
        ct.id = id + "-ctr";
        ct.client_id = id;
        ct.number = "Д-" + std::to_string(i);
        ct.status = ContractStatus::Active;
        ct.valid_from = *Date::Parse("2026-01-01");
        ct.has_amount = true;
        ct.amount.minor = 1000000;
        ct.terms = "Скидка 5%";
        s.contracts.Upsert(ct);
        if (i > 0) {
            Relationship r;
            r.id = id + "-rel";
            r.from_client_id = "c0";
            r.to_client_id = id;
            r.kind = RelationshipKind::ParentOf;
            s.relationships.Upsert(r);
        }
    }
    s.extra_json = R"({"x_vendor":{"note":"kept"}})";
    return s;
}

}  // namespace card::test

// model/merge_clients.h: merging two records of one company. Fields kept / filled /
// in conflict, lists united without duplicates, every owned record moved, relationships
// re-pointed with self-links, duplicates and parent cycles dropped, contract numbers that
// clash reported; the preview says the same without touching the store; refusals. And the
// journal: the merge made in one frame is one step, Undo restores the store exactly (every
// record as before) and Redo gives the merged store again.
#include <doctest/doctest.h>

#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

#include "io/import.h"
#include "model/journal.h"
#include "model/merge_clients.h"
#include "io_samples.h"

namespace {

using namespace card;
using samples::Link;

const Moment kAt = *Moment::Parse("2026-11-27T10:30:00+03:00");

Client MakeClient(const std::string& id, const std::string& name) {
    Client c;
    c.id = id;
    c.name = name;
    return c;
}

Contact MakeContact(const std::string& id, const std::string& client, const std::string& name, bool primary) {
    Contact k;
    k.id = id;
    k.client_id = client;
    k.name = name;
    k.primary = primary;
    return k;
}

Contract MakeContract(const std::string& id, const std::string& client, const std::string& number) {
    Contract k;
    k.id = id;
    k.client_id = client;
    k.number = number;
    k.title = "Сопровождение";
    return k;
}

// S (survivor) and O (other) are one company entered twice; X, Y, P are other companies.
Store Sample() {
    Store s;
    Employee e1, e2;
    e1.id = "e1";
    e1.name = "Иванова Мария";
    e2.id = "e2";
    e2.name = "Петров Олег";
    s.employees.Upsert(e1);
    s.employees.Upsert(e2);

    Client a = MakeClient("S", "Альфа");
    a.legal_name = "ООО «Альфа»";
    a.inn = "7707083893";
    a.phones = {"+7 495 123-45-67"};
    a.emails = {"info@alfa.ru"};
    a.tags = {"VIP"};
    a.notes = "Старый клиент";
    a.responsibles = {Responsible{"e1", ResponsibleRole::SalesManager, ""}};
    Product p1;
    p1.name = "1С:Бухгалтерия";
    p1.licenses = 5;
    a.products = {p1};
    a.created_at = *Moment::Parse("2020-01-10T09:00:00+03:00");
    s.clients.Upsert(a);

    Client o = MakeClient("O", "Альфа (дубль)");
    o.legal_name = "АО «Альфа»";
    o.inn = "7707083893";
    o.kpp = "770701001";
    o.website = "alfa.ru";
    o.phones = {"84951234567", "+7 495 000-00-01"};
    o.emails = {"INFO@alfa.ru", "sales@alfa.ru"};
    o.tags = {"VIP", "Сеть"};
    o.notes = "Заведён повторно";
    o.status = ClientStatus::Prospect;
    o.responsibles = {Responsible{"e1", ResponsibleRole::SalesManager, ""},
                      Responsible{"e2", ResponsibleRole::ServiceEngineer, ""}};
    Product p1b = p1;
    p1b.licenses = 2;
    Product p2;
    p2.name = "1С:ЗУП";
    o.products = {p1b, p2};
    Infobase b;
    b.name = "Бухгалтерия (основная)";
    o.infobases = {b};
    o.created_at = *Moment::Parse("2026-11-20T09:00:00+03:00");
    s.clients.Upsert(o);
    for (const char* id : {"X", "Y", "P"}) s.clients.Upsert(MakeClient(id, std::string("Компания ") + id));

    s.contacts.Upsert(MakeContact("k1", "S", "Сидоров", true));
    s.contacts.Upsert(MakeContact("k2", "O", "Кузнецова", true));
    s.contacts.Upsert(MakeContact("k3", "O", "Орлов", false));
    Interaction i;
    i.id = "i1";
    i.client_id = "O";
    i.contact_id = "k2";
    i.subject = "Звонок";
    i.at = kAt;
    s.interactions.Upsert(i);
    Interest n;
    n.id = "n1";
    n.client_id = "O";
    n.title = "ЗУП";
    s.interests.Upsert(n);
    s.contracts.Upsert(MakeContract("c1", "S", "15/2024"));
    s.contracts.Upsert(MakeContract("c2", "O", " 15/2024 "));
    s.contracts.Upsert(MakeContract("c3", "O", "16/2024"));

    s.relationships.Upsert(Link("r1", "S", RelationshipKind::Partner, "O"));    // becomes a self-link
    s.relationships.Upsert(Link("r2", "X", RelationshipKind::Partner, "O"));    // = r3 once re-pointed
    s.relationships.Upsert(Link("r3", "S", RelationshipKind::Partner, "X"));
    s.relationships.Upsert(Link("r4", "O", RelationshipKind::ParentOf, "Y"));   // S parent Y: a cycle with r5, r6
    s.relationships.Upsert(Link("r5", "Y", RelationshipKind::ParentOf, "P"));
    s.relationships.Upsert(Link("r6", "P", RelationshipKind::ParentOf, "S"));
    s.relationships.Upsert(Link("r7", "X", RelationshipKind::Supplier, "O"));   // another meaning: kept
    s.relationships.Upsert(Link("r8", "O", RelationshipKind::Customer, "P"));
    return s;
}

// The export's records as a sorted list of lines: the same records with the same fields,
// whatever their order in the collections (a removal moves the last record into the gap
// and an undone removal appends it again).
std::vector<std::string> Records(const Store& s) {
    std::istringstream in(ExportStore(s, kAt));
    std::vector<std::string> lines;
    for (std::string line; std::getline(in, line);) {
        while (!line.empty() && (line.back() == ',' || line.back() == ' ')) line.pop_back();
        lines.push_back(line);
    }
    std::sort(lines.begin(), lines.end());
    return lines;
}

const MergeFieldOutcome* Outcome(const MergeReport& r, MergeField f) {
    for (const MergeFieldOutcome& o : r.fields)
        if (o.field == f) return &o;
    return nullptr;
}

void CheckReport(const MergeReport& r) {
    REQUIRE(r.ok());
    CHECK(r.contacts == 2);
    CHECK(r.interactions == 1);
    CHECK(r.interests == 1);
    CHECK(r.contracts == 2);
    CHECK(r.relationships == 2);
    CHECK(r.phones == 1);
    CHECK(r.emails == 1);
    CHECK(r.tags == 1);
    CHECK(r.responsibles == 1);
    CHECK(r.products == 1);
    CHECK(r.infobases == 1);
    CHECK(r.notes_joined);
    CHECK(r.primaries_cleared == 1);
    REQUIRE(r.dropped.size() == 3);
    CHECK(r.dropped[0].id == "r1");
    CHECK(r.dropped[0].why == LinkProblem::Self);
    CHECK(r.dropped[1].id == "r2");
    CHECK(r.dropped[1].why == LinkProblem::Duplicate);
    CHECK(r.dropped[1].existing_id == "r3");
    CHECK(r.dropped[1].far_id == "X");
    CHECK(r.dropped[2].id == "r4");
    CHECK(r.dropped[2].why == LinkProblem::ParentCycle);
    CHECK(r.dropped[2].far_id == "Y");
    CHECK(r.dropped[2].survivor_is_from);
    REQUIRE(r.clashes.size() == 1);
    CHECK(r.clashes[0].number == "15/2024");
    CHECK(r.clashes[0].survivor_contract_id == "c1");
    CHECK(r.clashes[0].other_contract_id == "c2");

    const MergeFieldOutcome* name = Outcome(r, MergeField::Name);
    REQUIRE(name);
    CHECK_FALSE(name->filled);
    CHECK(name->kept == "Альфа");
    CHECK(name->other == "Альфа (дубль)");
    const MergeFieldOutcome* legal = Outcome(r, MergeField::LegalName);
    REQUIRE(legal);
    CHECK_FALSE(legal->filled);
    CHECK(legal->other == "АО «Альфа»");
    const MergeFieldOutcome* kpp = Outcome(r, MergeField::Kpp);
    REQUIRE(kpp);
    CHECK(kpp->filled);
    CHECK(kpp->kept == "770701001");
    REQUIRE(Outcome(r, MergeField::Website));
    CHECK(Outcome(r, MergeField::Website)->filled);
    CHECK(Outcome(r, MergeField::Inn) == nullptr);  // the same on both
    CHECK(Outcome(r, MergeField::CreatedAt) == nullptr);  // the survivor has one
    REQUIRE(Outcome(r, MergeField::Status));
    CHECK(Outcome(r, MergeField::Kind) == nullptr);
    CHECK(r.Conflicts() == 3);  // name, legal name, status
    CHECK(r.Moved() == 8);
}

}  // namespace

TEST_CASE("merge: everything of the other moves to the survivor, which keeps its own values") {
    Store s = Sample();
    const size_t clients = s.clients.size();
    const MergeReport r = MergeClients(s, "S", "O");
    CheckReport(r);
    CHECK(s.clients.size() == clients - 1);
    CHECK_FALSE(s.clients.Contains("O"));
    const Client& m = *s.clients.Find("S");
    CHECK(m.name == "Альфа");
    CHECK(m.legal_name == "ООО «Альфа»");
    CHECK(m.kpp == "770701001");
    CHECK(m.website == "alfa.ru");
    CHECK(m.status == ClientStatus::Active);
    CHECK(m.phones == std::vector<std::string>{"+7 495 123-45-67", "+7 495 000-00-01"});
    CHECK(m.emails == std::vector<std::string>{"info@alfa.ru", "sales@alfa.ru"});
    CHECK(m.tags == std::vector<std::string>{"VIP", "Сеть"});
    CHECK(m.notes == "Старый клиент\n\nЗаведён повторно");
    REQUIRE(m.responsibles.size() == 2);
    CHECK(m.responsibles[1].employee_id == "e2");
    REQUIRE(m.products.size() == 2);
    CHECK(m.products[0].licenses == 5);  // the survivor's entry for a name both have
    CHECK(m.products[1].name == "1С:ЗУП");
    REQUIRE(m.infobases.size() == 1);
    CHECK(m.created_at == *Moment::Parse("2020-01-10T09:00:00+03:00"));

    for (const char* id : {"k1", "k2", "k3"}) CHECK(s.contacts.Find(id)->client_id == "S");
    CHECK(s.contacts.Find("k1")->primary);
    CHECK_FALSE(s.contacts.Find("k2")->primary);
    CHECK(s.contacts.OwnedBy("O").empty());
    CHECK(s.interactions.Find("i1")->client_id == "S");
    CHECK(s.interactions.Find("i1")->contact_id == "k2");
    CHECK(s.interests.Find("n1")->client_id == "S");
    CHECK(s.contracts.Find("c2")->client_id == "S");
    CHECK(s.contracts.Find("c3")->client_id == "S");
    CHECK(s.contracts.OwnedBy("S").size() == 3);  // the clashing number: both kept

    CHECK_FALSE(s.relationships.Contains("r1"));
    CHECK_FALSE(s.relationships.Contains("r2"));
    CHECK_FALSE(s.relationships.Contains("r4"));
    CHECK(s.relationships.Find("r7")->to_client_id == "S");
    CHECK(s.relationships.Find("r8")->from_client_id == "S");
    CHECK(s.relationships.OwnedBy("O").empty());
    for (const Relationship& link : s.relationships.All()) {
        CHECK(link.from_client_id != "O");
        CHECK(link.to_client_id != "O");
        CHECK(link.from_client_id != link.to_client_id);
    }
}

TEST_CASE("merge: the preview reports the same and changes nothing") {
    const Store s = Sample();
    const uint64_t revision = s.Revision();
    const MergeReport r = PreviewMerge(s, "S", "O");
    CheckReport(r);
    CHECK(s.Revision() == revision);
    CHECK(s.clients.Contains("O"));
}

TEST_CASE("merge: the other way round the other record survives") {
    Store s = Sample();
    const MergeReport r = MergeClients(s, "O", "S");
    REQUIRE(r.ok());
    CHECK_FALSE(s.clients.Contains("S"));
    CHECK(s.clients.Find("O")->name == "Альфа (дубль)");
    CHECK(s.clients.Find("O")->status == ClientStatus::Prospect);
    CHECK(s.contacts.Find("k1")->client_id == "O");
    CHECK(r.primaries_cleared == 1);
    CHECK_FALSE(s.contacts.Find("k1")->primary);  // O's own primary stays the one
    CHECK(s.contacts.Find("k2")->primary);
}

TEST_CASE("merge: refused for the same client and a missing one, the store untouched") {
    Store s = Sample();
    const uint64_t revision = s.Revision();
    CHECK(MergeClients(s, "S", "S").refusal == MergeRefusal::SameClient);
    CHECK(MergeClients(s, "S", "nope").refusal == MergeRefusal::MissingClient);
    CHECK(MergeClients(s, "nope", "S").refusal == MergeRefusal::MissingClient);
    CHECK(PreviewMerge(s, "S", "S").refusal == MergeRefusal::SameClient);
    CHECK(s.Revision() == revision);
}

TEST_CASE("merge: one journal step; Undo restores every record exactly, Redo merges again") {
    Store s = Sample();
    Journal journal;
    journal.Attach(s);
    const std::vector<std::string> before = Records(s);
    journal.DropPending();
    REQUIRE(MergeClients(s, "S", "O").ok());
    journal.EndFrame(0, 1000, kAt);
    const std::vector<std::string> merged = Records(s);
    CHECK(merged != before);
    CHECK(journal.UndoDepth() == 1);
    REQUIRE(journal.PeekUndo());
    // 1 client changed + 1 removed, 2 contacts, 1 interaction, 1 interest, 2 contracts, 5 links.
    CHECK(journal.PeekUndo()->changes.size() == 13);

    REQUIRE(journal.Undo(s, kAt));
    CHECK(Records(s) == before);
    CHECK(s.clients.Contains("O"));
    CHECK(s.contacts.Find("k2")->client_id == "O");
    CHECK(s.contacts.Find("k2")->primary);
    CHECK(s.relationships.Find("r4")->from_client_id == "O");
    CHECK(s.contacts.OwnedBy("O").size() == 2);  // the owner indexes follow
    CHECK(s.relationships.OwnedBy("O").size() == 5);
    CHECK_FALSE(journal.CanUndo());

    REQUIRE(journal.Redo(s, kAt));
    CHECK(Records(s) == merged);
    CHECK_FALSE(s.clients.Contains("O"));
    REQUIRE(journal.Undo(s, kAt));
    CHECK(Records(s) == before);
    journal.Detach();
}

// Merge and replace: what is added, updated, left alone and removed, and the counts.
#include <doctest/doctest.h>

#include "io_samples.h"

using namespace card;
using namespace card::samples;

namespace {

constexpr size_t Idx(CollectionId c) { return static_cast<size_t>(c); }

std::string Doc(const std::string& collections, const std::string& extra = "") {
    return R"({"format":"client-card","version":1,"exported_at":"2026-11-27T10:30:00+03:00")" +
           (collections.empty() ? "" : "," + collections) + extra + "}";
}

}  // namespace

TEST_CASE("merge updates known ids, adds new ones and deletes nothing") {
    Store s = FullStore();
    s.ClearDirty();
    const std::string text = Doc(
        R"("clients":[{"id":"c-1","name":"Ромашка 2.0"},{"id":"c-9","name":"Новый клиент","responsibles":[{"employee_id":"e-2"}]}],)"
        R"("contacts":[{"id":"k-9","client_id":"c-1","name":"Новый контакт"}])");

    const ImportResult check = CheckImport(s, text, ImportMode::Merge);
    REQUIRE_MESSAGE(check.ok, check.error);
    CHECK(check.summary.added[Idx(CollectionId::Clients)] == 1);
    CHECK(check.summary.updated[Idx(CollectionId::Clients)] == 1);
    CHECK(check.summary.added[Idx(CollectionId::Contacts)] == 1);
    CHECK(check.summary.TotalAdded() == 2);
    CHECK(check.summary.TotalUpdated() == 1);
    CHECK(check.summary.TotalUnchanged() == 0);
    CHECK(check.summary.TotalRemoved() == 0);
    CHECK_FALSE(s.HasChanges());  // CheckImport does not touch the store

    const ImportResult res = ApplyImport(s, text, ImportMode::Merge);
    REQUIRE_MESSAGE(res.ok, res.error);
    CHECK(res.summary.TotalAdded() == check.summary.TotalAdded());
    CHECK(res.summary.TotalUpdated() == check.summary.TotalUpdated());
    CHECK(s.clients.size() == 3);
    CHECK(s.clients.Find("c-1")->name == "Ромашка 2.0");
    // An update replaces the whole record: fields the file leaves out take their defaults.
    CHECK(s.clients.Find("c-1")->phones.empty());
    CHECK(s.clients.Find("c-9")->name == "Новый клиент");
    CHECK(s.contacts.size() == 2);
    CHECK(s.contacts.OwnedBy("c-1").size() == 2);
    CHECK(s.interactions.size() == 1);  // nothing deleted
    CHECK(s.employees.size() == 2);
    CHECK(s.clients.DirtyIds().count("c-1") == 1);
    CHECK(s.clients.DirtyIds().count("c-2") == 0);
}

TEST_CASE("merge may reference records that are only in the store") {
    Store s = FullStore();
    const std::string text = Doc(
        R"("interactions":[{"id":"i-9","client_id":"c-2","contact_id":"k-1","interest_id":"d-1","owner_id":"e-2",)"
        R"("type":"call","direction":"in","at":"2026-11-28T09:00:00+03:00","status":"planned"}],)"
        R"("relationships":[{"id":"r-9","from_client_id":"c-2","to_client_id":"c-1","kind":"supplier"}])");
    const ImportResult res = ApplyImport(s, text, ImportMode::Merge);
    REQUIRE_MESSAGE(res.ok, res.error);
    CHECK(res.summary.added[Idx(CollectionId::Interactions)] == 1);
    CHECK(res.summary.added[Idx(CollectionId::Relationships)] == 1);
    CHECK(s.interactions.OwnedBy("c-2").size() == 1);
    CHECK(s.relationships.OwnedBy("c-1").size() == 2);

    // The same file in replace mode: the store records it refers to would be gone.
    Store s2 = FullStore();
    const std::string before = ExportStore(s2, kExportedAt);
    const ImportResult rep = ApplyImport(s2, text, ImportMode::Replace);
    CHECK_FALSE(rep.ok);
    CHECK(rep.error.find(R"(interactions[0] (id "i-9"): field "client_id": refers to client "c-2", which is not in the file)") == 0);
    CHECK(ExportStore(s2, kExportedAt) == before);
}

TEST_CASE("re-importing the same file updates every record but rewrites none") {
    Store s = FullStore();
    const std::string text = ExportStore(s, kExportedAt);
    s.ClearDirty();
    for (ImportMode mode : {ImportMode::Merge, ImportMode::Replace}) {
        const ImportResult res = ApplyImport(s, text, mode);
        REQUIRE_MESSAGE(res.ok, res.error);
        CHECK(res.summary.TotalAdded() == 0);
        CHECK(res.summary.TotalUpdated() == 9);
        CHECK(res.summary.TotalUnchanged() == 9);
        CHECK(res.summary.TotalRemoved() == 0);
        CHECK_FALSE(s.HasChanges());
        CHECK(ExportStore(s, kExportedAt) == text);
    }
}

TEST_CASE("replace makes the file the whole store") {
    Store s = FullStore();
    s.ClearDirty();
    const std::string text = Doc(R"("employees":[{"id":"e-1","name":"Иванова М. П."}],)"
                                 R"("clients":[{"id":"c-2","name":"Василёк"},{"id":"c-7","name":"Лютик","responsibles":[{"employee_id":"e-1"}]}],)"
                                 R"("contacts":[{"id":"k-7","client_id":"c-7"}])",
                                 R"(,"x_note":"из 1С")");
    const ImportResult check = CheckImport(s, text, ImportMode::Replace);
    REQUIRE_MESSAGE(check.ok, check.error);
    CHECK(check.summary.removed[Idx(CollectionId::Employees)] == 1);      // e-2
    CHECK(check.summary.removed[Idx(CollectionId::Clients)] == 1);        // c-1
    CHECK(check.summary.removed[Idx(CollectionId::Contacts)] == 1);       // k-1
    CHECK(check.summary.removed[Idx(CollectionId::Interactions)] == 1);
    CHECK(check.summary.removed[Idx(CollectionId::Interests)] == 1);
    CHECK(check.summary.removed[Idx(CollectionId::Relationships)] == 1);
    CHECK(check.summary.removed[Idx(CollectionId::Contracts)] == 1);
    CHECK(check.summary.TotalRemoved() == 7);
    CHECK(check.summary.updated[Idx(CollectionId::Employees)] == 1);
    CHECK(check.summary.updated[Idx(CollectionId::Clients)] == 1);
    CHECK(check.summary.added[Idx(CollectionId::Clients)] == 1);
    CHECK(check.summary.added[Idx(CollectionId::Contacts)] == 1);
    CHECK_FALSE(s.HasChanges());

    const ImportResult res = ApplyImport(s, text, ImportMode::Replace);
    REQUIRE_MESSAGE(res.ok, res.error);
    CHECK(res.summary.TotalRemoved() == 7);
    CHECK(s.employees.size() == 1);
    CHECK(s.clients.size() == 2);
    CHECK(s.clients.Contains("c-2"));
    CHECK(s.clients.Contains("c-7"));
    CHECK_FALSE(s.clients.Contains("c-1"));
    CHECK(s.contacts.size() == 1);
    CHECK(s.contacts.OwnedBy("c-1").empty());
    CHECK(s.interactions.empty());
    CHECK(s.interests.empty());
    CHECK(s.relationships.empty());
    CHECK(s.relationships.OwnedBy("c-2").empty());
    CHECK(s.contracts.empty());
    CHECK(s.extra_json == R"({"x_note":"из 1С"})");  // the file's unknown top-level fields only
    CHECK(s.clients.DirtyIds().count("c-1") == 1);   // persistence sees the removal

    // The store now exports as exactly the file's content.
    Store fresh;
    REQUIRE(ApplyImport(fresh, text, ImportMode::Replace).ok);
    const std::string a = ExportStore(s, kExportedAt), b = ExportStore(fresh, kExportedAt);
    CHECK(a.size() == b.size());
}

TEST_CASE("merge combines unknown top-level fields, the file's winning") {
    Store s = FullStore();
    REQUIRE(ApplyImport(s, Doc("", R"(,"x_source_system":"Excel","x_new":[1])"), ImportMode::Merge).ok);
    CHECK(s.extra_json == R"({"x_meta":{"exported_by":"Администратор"},"x_new":[1],"x_source_system":"Excel"})");
    const std::string text = ExportStore(s, kExportedAt);
    CHECK(text.find("\n  \"x_new\": [1]") != std::string::npos);
}

TEST_CASE("an empty document merges nothing and replaces everything") {
    Store s = FullStore();
    const ImportResult m = ApplyImport(s, Doc(""), ImportMode::Merge);
    REQUIRE(m.ok);
    CHECK(s.clients.size() == 2);
    const ImportResult r = ApplyImport(s, Doc(R"("clients":null)"), ImportMode::Replace);
    REQUIRE(r.ok);
    CHECK(r.summary.TotalRemoved() == 9);
    size_t left = 0;
    s.ForEachCollection([&](const auto& c) { left += c.size(); });
    CHECK(left == 0);
}

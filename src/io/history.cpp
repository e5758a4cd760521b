#include "io/history.h"

#include <algorithm>
#include <type_traits>
#include <utility>

namespace card {
namespace {

std::string Join(const std::vector<std::string>& v, const char* sep = ", ") {
    std::string out;
    for (const auto& s : v) {
        if (s.empty()) continue;
        if (!out.empty()) out += sep;
        out += s;
    }
    return out;
}

std::string DateText(Date d) { return d.empty() ? std::string() : d.Format(); }
std::string MomentText(const Moment& m) { return m.empty() ? std::string() : m.Format(); }
std::string MoneyText(const Money& m) { return m.AmountText() + " " + m.currency; }
std::string Flag(bool b) { return b ? "true" : "false"; }

std::string EmployeeName(const Store& s, const std::string& id) {
    if (id.empty()) return {};
    const Employee* e = s.employees.Find(id);
    return e && !e->name.empty() ? e->name : id;
}

std::string ClientName(const Store& s, const std::string& id) {
    if (id.empty()) return {};
    const Client* c = s.clients.Find(id);
    return c && !c->name.empty() ? c->name : id;
}

// Each entity's recorded fields, in format order: f(field name, text).
template <class F>
void Fields(const Client& r, const Store& s, F&& f) {
    f("name", r.name);
    f("legal_name", r.legal_name);
    f("kind", EnumName(r.kind));
    f("inn", r.inn);
    f("kpp", r.kpp);
    f("ogrn", r.ogrn);
    f("legal_address", r.legal_address);
    f("actual_address", r.actual_address);
    f("phones", Join(r.phones));
    f("emails", Join(r.emails));
    f("website", r.website);
    f("segment", r.segment);
    f("industry", r.industry);
    f("size", r.size);
    f("source", r.source);
    f("status", EnumName(r.status));
    f("tags", Join(r.tags));
    f("notes", r.notes);
    f("created_at", MomentText(r.created_at));
    std::vector<std::string> items;
    for (const Responsible& x : r.responsibles)
        items.push_back(EmployeeName(s, x.employee_id) + " (" + EnumName(x.role) + ")");
    f("responsibles", Join(items, "; "));
    items.clear();
    for (const Product& x : r.products) {
        std::string t = x.version.empty() ? x.name : x.name + " " + x.version;
        if (x.licenses) t += " ×" + std::to_string(x.licenses);
        items.push_back(std::move(t));
    }
    f("products", Join(items, "; "));
    items.clear();
    for (const Infobase& x : r.infobases) {
        std::string conf = Join({x.configuration, x.version}, " ");
        std::string t = conf.empty() ? x.name : x.name + " (" + conf + ")";
        if (x.needs_update) t += ", needs_update";
        items.push_back(std::move(t));
    }
    f("infobases", Join(items, "; "));
}

template <class F>
void Fields(const Contact& r, const Store& s, F&& f) {
    f("client_id", ClientName(s, r.client_id));
    f("name", r.name);
    f("position", r.position);
    f("role", r.role);
    f("phones", Join(r.phones));
    f("emails", Join(r.emails));
    f("primary", Flag(r.primary));
    f("notes", r.notes);
}

template <class F>
void Fields(const Contract& r, const Store& s, F&& f) {
    f("client_id", ClientName(s, r.client_id));
    f("kind", EnumName(r.kind));
    f("number", r.number);
    f("title", r.title);
    f("signed_on", DateText(r.signed_on));
    f("valid_from", DateText(r.valid_from));
    f("valid_to", DateText(r.valid_to));
    f("status", EnumName(r.status));
    f("amount", r.has_amount ? MoneyText(r.amount) : std::string());
    f("terms", r.terms);
}

template <class F>
void Fields(const Interest& r, const Store& s, F&& f) {
    f("client_id", ClientName(s, r.client_id));
    f("title", r.title);
    f("project", r.project);
    f("responsible_id", EmployeeName(s, r.responsible_id));
    f("state", EnumName(r.state));
    f("expected_revenue", MoneyText(r.expected_revenue));
    f("probability", std::to_string(r.probability));
    f("opened_on", DateText(r.opened_on));
    f("close_on", DateText(r.close_on));
    f("notes", r.notes);
    f("close_reason", r.close_reason);
}

const char* EntityName(const Client&) { return "client"; }
const char* EntityName(const Contact&) { return "contact"; }
const char* EntityName(const Contract&) { return "contract"; }
const char* EntityName(const Interest&) { return "interest"; }

std::string DisplayName(const Client& r) { return r.name; }
std::string DisplayName(const Contact& r) { return r.name; }
std::string DisplayName(const Contract& r) { return r.number.empty() ? r.title : r.number; }
std::string DisplayName(const Interest& r) { return r.title; }

const std::string& OwnerOf(const Client& r) { return r.id; }
template <class T>
const std::string& OwnerOf(const T& r) {
    return r.client_id;
}

using Pairs = std::vector<std::pair<const char*, std::string>>;

template <class T>
Pairs FieldTexts(const T& r, const Store& s) {
    Pairs out;
    out.reserve(24);
    Fields(r, s, [&](const char* k, std::string v) { out.emplace_back(k, std::move(v)); });
    return out;
}

const char* OriginName(StepOrigin o) {
    switch (o) {
        case StepOrigin::Edit: return "edit";
        case StepOrigin::Undo: return "undo";
        case StepOrigin::Redo: return "redo";
    }
    return "edit";
}

struct Builder {
    const Store& store;
    HistoryEntry proto;  // at, author, origin
    std::vector<HistoryEntry>& out;

    HistoryEntry& Add(const std::string& client_id, const char* entity, const std::string& record_id,
                      std::string record, const char* action) {
        HistoryEntry e = proto;
        e.id = NewId();
        e.client_id = client_id;
        e.entity = entity;
        e.record_id = record_id;
        e.record = std::move(record);
        e.action = action;
        out.push_back(std::move(e));
        return out.back();
    }

    template <class T>
    void Change(const T* before, const T* after) {
        if (!before && !after) return;
        if (!before) {
            Add(OwnerOf(*after), EntityName(*after), after->id, DisplayName(*after), "created");
            return;
        }
        if (!after) {
            Add(OwnerOf(*before), EntityName(*before), before->id, DisplayName(*before), "removed");
            return;
        }
        const Pairs a = FieldTexts(*before, store), b = FieldTexts(*after, store);
        for (size_t i = 0; i < a.size() && i < b.size(); ++i) {
            if (a[i].second == b[i].second) continue;
            HistoryEntry& e = Add(OwnerOf(*after), EntityName(*after), after->id, DisplayName(*after), "changed");
            e.field = a[i].first;
            e.old_value = a[i].second;
            e.new_value = b[i].second;
        }
    }
};

template <class T>
const T* Get(const AnyRecord& r) {
    return std::get_if<T>(&r);
}

}  // namespace

std::vector<HistoryEntry> HistoryFromStep(const JournalStep& step, const Store& store, const Moment& now,
                                          const std::string& author_id) {
    std::vector<HistoryEntry> out;
    Builder b{store, HistoryEntry{}, out};
    b.proto.at = step.at.empty() ? now : step.at;
    b.proto.author_id = author_id;
    if (!author_id.empty())
        if (const Employee* e = store.employees.Find(author_id)) b.proto.author = e->name;
    b.proto.origin = OriginName(step.origin);

    // A removed client stands for everything removed with it in the same step (a cascade),
    // and a created one for what came with it (the undo of such a removal).
    std::vector<const std::string*> removed_clients, created_clients;
    for (const RecordChange& c : step.changes) {
        if (c.collection != CollectionId::Clients) continue;
        const bool had = Get<Client>(c.before) != nullptr, has = Get<Client>(c.after) != nullptr;
        if (had && !has) removed_clients.push_back(&c.id);
        if (!had && has) created_clients.push_back(&c.id);
    }
    auto among = [](const std::vector<const std::string*>& ids, const std::string* owner) {
        if (!owner) return false;
        for (const std::string* id : ids)
            if (*id == *owner) return true;
        return false;
    };
    auto cascaded = [&](const AnyRecord& before, const AnyRecord& after) {
        const bool removed = std::holds_alternative<std::monostate>(after);
        const bool created = std::holds_alternative<std::monostate>(before);
        if (removed) return among(removed_clients, ClientOf(before));
        if (created) return among(created_clients, ClientOf(after));
        return false;
    };

    for (const RecordChange& c : step.changes) {
        switch (c.collection) {
            case CollectionId::Clients: b.Change(Get<Client>(c.before), Get<Client>(c.after)); break;
            case CollectionId::Contacts:
                if (!cascaded(c.before, c.after)) b.Change(Get<Contact>(c.before), Get<Contact>(c.after));
                break;
            case CollectionId::Contracts:
                if (!cascaded(c.before, c.after)) b.Change(Get<Contract>(c.before), Get<Contract>(c.after));
                break;
            case CollectionId::Interests:
                if (!cascaded(c.before, c.after)) b.Change(Get<Interest>(c.before), Get<Interest>(c.after));
                break;
            default: break;  // employees, interactions, relationships: not recorded
        }
    }
    return out;
}

size_t RecordHistorySteps(const std::vector<JournalStep>& steps, Store& store, const Moment& now,
                          const std::string& author_id) {
    size_t n = 0;
    for (const JournalStep& step : steps)
        for (HistoryEntry& e : HistoryFromStep(step, store, now, author_id)) {
            store.history.Upsert(std::move(e));
            ++n;
        }
    return n;
}

std::vector<const HistoryEntry*> ClientHistory(const Store& store, const std::string& client_id) {
    const auto& positions = store.history.OwnedBy(client_id);
    std::vector<std::pair<uint32_t, const HistoryEntry*>> v;
    v.reserve(positions.size());
    for (uint32_t p : positions) v.emplace_back(p, &store.history[p]);
    std::sort(v.begin(), v.end(), [](const auto& x, const auto& y) {
        if (x.second->at.utc_ms != y.second->at.utc_ms) return x.second->at.utc_ms > y.second->at.utc_ms;
        return x.first > y.first;
    });
    std::vector<const HistoryEntry*> out;
    out.reserve(v.size());
    for (const auto& [p, e] : v) out.push_back(e);
    return out;
}

}  // namespace card

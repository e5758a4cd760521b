// cardApp.lookupPhone(text): the incoming-call window's matches as JSON, from the same
// index and lookup (ui.incoming.index), for tests and scripts.
#include "io/json_codec.h"
#include "model/current_contract.h"
#include "model/phone.h"
#include "platform/platform.h"
#include "ui/incoming_call.h"

namespace card {
namespace {

const char* RankName(PhoneMatchRank r) {
    switch (r) {
        case PhoneMatchRank::ExactExtension: return "exact_extension";
        case PhoneMatchRank::Exact: return "exact";
        case PhoneMatchRank::OtherExtension: return "other_extension";
        case PhoneMatchRank::Prefix: return "prefix";
        case PhoneMatchRank::Suffix: return "suffix";
        case PhoneMatchRank::Contained: return "contained";
    }
    return "";
}

const char* RoleName(ResponsibleRole r) {
    switch (r) {
        case ResponsibleRole::SalesManager: return "sales_manager";
        case ResponsibleRole::ServiceEngineer: return "service_engineer";
        case ResponsibleRole::AccountManager: return "account_manager";
        case ResponsibleRole::Other: return "other";
    }
    return "other";
}

}  // namespace

std::string LookupPhoneJson(const Store& store, UiState& ui, std::string_view text) {
    PhoneIndex& index = ui.incoming.index;
    index.Update(store);
    const PhoneLookup r = index.Lookup(store, text);
    const Date today = platform::Now().LocalDate();
    Json out = Json::array();
    for (const PhoneMatch& m : r.matches) {
        Json j = Json::object();
        const Client* c = store.clients.Find(m.client_id);
        const Contact* k = m.contact_id.empty() ? nullptr : store.contacts.Find(m.contact_id);
        const Employee* e = m.employee_id.empty() ? nullptr : store.employees.Find(m.employee_id);
        j["clientId"] = m.client_id;
        j["clientName"] = c ? c->name : std::string();
        j["contactId"] = m.contact_id;
        j["contactName"] = k ? k->name : std::string();
        j["contactPosition"] = k ? k->position : std::string();
        j["employeeId"] = m.employee_id;
        j["employeeName"] = e ? e->name : std::string();
        j["phone"] = m.phone;
        j["exact"] = m.exact();
        j["rank"] = RankName(m.rank);
        const Contract* current = c ? CurrentContract(store, c->id, today) : nullptr;
        j["contractInForce"] = current != nullptr;
        j["contractNumber"] = current ? current->number : std::string();
        Json responsibles = Json::array();
        if (c)
            for (const Responsible& resp : c->responsibles) {
                const Employee* who = store.employees.Find(resp.employee_id);
                Json x = Json::object();
                x["employeeId"] = resp.employee_id;
                x["name"] = who ? who->name : std::string();
                x["role"] = RoleName(resp.role);
                x["phone"] = who ? who->phone : std::string();
                x["extension"] = who ? NormalizePhone(who->phone).extension : std::string();
                responsibles.push_back(std::move(x));
            }
        j["responsibles"] = std::move(responsibles);
        out.push_back(std::move(j));
    }
    return DumpJson(out);
}

}  // namespace card

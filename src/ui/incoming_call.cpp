// The incoming-call lookup (issue 5): the "Incoming call" button at the right end of the
// menu bar (F2 opens it too: the shortcut table in shortcuts.cpp), and the window: a number
// field, the matching clients with their contact persons, contract state and whom to put
// the call through to, and the actions Open card, Log call, New client with this number,
// Add to an existing client.
#include "ui/incoming_call.h"

#include <algorithm>
#include <cstdio>

#include "imgui.h"
#include "imgui_internal.h"
#include "model/current_contract.h"
#include "model/phone.h"
#include "model/text_scan.h"
#include "platform/platform.h"
#include "ui/app.h"
#include "ui/client_filter.h"
#include "ui/commands.h"
#include "ui/i18n.h"
#include "ui/icons.h"
#include "ui/links.h"
#include "ui/main_sections.h"
#include "ui/panels.h"
#include "ui/people_state.h"
#include "ui/widgets.h"

namespace card {
namespace {

constexpr size_t kClientResults = 8;  // "Add to an existing client" shows this many

bool Blank(std::string_view s) { return text::TrimSpaces(s).empty(); }

void Regroup(IncomingCallUi& in) {
    in.groups.clear();
    in.employees.clear();
    for (size_t i = 0; i < in.result.matches.size(); ++i) {
        const PhoneMatch& m = in.result.matches[i];
        if (m.kind == PhoneOwnerKind::Employee) {
            in.employees.push_back(i);
            continue;
        }
        IncomingGroup* g = nullptr;
        for (IncomingGroup& x : in.groups)
            if (x.client_id == m.client_id) g = &x;
        if (!g) {
            in.groups.emplace_back();
            g = &in.groups.back();
            g->client_id = m.client_id;
            g->best = m.rank;
        }
        g->matches.push_back(i);
        g->best = std::min(g->best, m.rank);
    }
}

bool AnyExact(const IncomingCallUi& in) {
    for (const PhoneMatch& m : in.result.matches)
        if (m.exact()) return true;
    return false;
}

// The number to write into a subject or a client's phones: the one typed when whole.
std::string CallerNumber(std::string_view typed, const PhoneMatch* m) {
    if (NormalizePhone(typed).ok()) return FormatPhoneNumber(typed);
    if (m) return FormatPhoneNumber(m->phone);
    return std::string(text::TrimSpaces(typed));
}

// ---- The client search of "Add to an existing client"

void UpdateClientSearch(const Store& store, UiState& ui) {
    IncomingCallUi& in = ui.incoming;
    UpdateClientList(store, ui);  // the folded keys (name, legal name, INN) of every client
    if (in.client_searched == in.client_search && in.client_searched_version == store.clients.Version() &&
        in.client_searched_count == store.clients.size())
        return;
    in.client_searched = in.client_search;
    in.client_searched_version = store.clients.Version();
    in.client_searched_count = store.clients.size();
    in.client_results.clear();
    in.client_total = 0;
    const std::string_view trimmed = text::TrimSpaces(in.client_search);
    if (trimmed.empty()) return;
    std::string needle;
    AppendFolded(trimmed, needle);
    const ClientListCache& l = ui.list;
    const std::string_view text(l.text);
    for (const uint32_t pos : l.sorted) {
        if (pos >= l.keys.size()) continue;
        const ClientKey& k = l.keys[pos];
        if (text.substr(k.offset, k.length).find(needle) == std::string_view::npos) continue;
        ++in.client_total;
        if (in.client_results.size() < kClientResults) in.client_results.push_back(pos);
    }
}

// ---- Drawing

// Text that automation finds by its whole content (client headers, contact lines).
void FindableText(const char* text) {
    ImGui::TextUnformatted(text);
    ReportLastItem(text);
}

void Mark(PhoneMatchRank rank) {
    ImGui::SameLine();
    if (rank == PhoneMatchRank::OtherExtension)
        ImGui::TextColored(colors::kWarningText, "(%s)", Tr(Str::IncOtherExtMark));
    else if (IsExact(rank))
        ImGui::TextColored(colors::kOkText, ICON_CHECK " %s", Tr(Str::IncExactMark));
    else
        ImGui::TextDisabled("(%s)", Tr(Str::IncPartialMark));
}

// A right-aligned button in the table's action column.
bool ActionButton(const char* label, const char* tip, bool disabled, const char* disabled_reason) {
    ImGui::BeginDisabled(disabled);
    const float w = ImGui::CalcTextSize(label, nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2;
    const float avail = ImGui::GetContentRegionAvail().x;
    if (avail > w) ImGui::SetCursorPosX(ImGui::GetCursorPosX() + avail - w);
    const bool pressed = ImGui::Button(label);
    ImGui::EndDisabled();
    ImGui::SetItemTooltip("%s", disabled ? disabled_reason : tip);
    return pressed;
}

void DrawContractLine(const Store& store, const std::string& client_id) {
    const Contract* k = CurrentContract(store, client_id, platform::Now().LocalDate());
    char buf[256];
    if (!k) {
        std::snprintf(buf, sizeof buf, ICON_WARNING " %s", Tr(Str::IncNoContract));
        ImGui::PushStyleColor(ImGuiCol_Text, colors::kErrorText);
        FindableText(buf);
        ImGui::PopStyleColor();
        return;
    }
    char detail[160];
    if (k->valid_to.empty()) {
        std::snprintf(detail, sizeof detail, Tr(Str::IncContractOpen), k->number.c_str());
    } else {
        char date[32];
        FormatDate(k->valid_to, date, sizeof date);
        std::snprintf(detail, sizeof detail, Tr(Str::IncContractUntil), k->number.c_str(), date);
    }
    std::snprintf(buf, sizeof buf, ICON_CHECK " %s: %s", Tr(Str::IncContractInForce), detail);
    ImGui::PushStyleColor(ImGuiCol_Text, colors::kOkText);
    FindableText(buf);
    ImGui::PopStyleColor();
}

// "Put through to:" the client's responsible employees, with the extension to dial.
void DrawResponsibles(const Store& store, const Client& c) {
    if (c.responsibles.empty()) {
        DisabledHint(Tr(Str::IncNoResponsibles));
        return;
    }
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    FindableText(Tr(Str::IncPutThrough));
    ImGui::PopStyleColor();
    ImGui::Indent();
    char buf[256];
    for (size_t i = 0; i < c.responsibles.size(); ++i) {
        const Responsible& r = c.responsibles[i];
        const Employee* e = store.employees.Find(r.employee_id);
        ImGui::PushID(static_cast<int>(i));
        ImGui::TextUnformatted(ICON_USER);
        ImGui::SameLine();
        FindableText(e ? e->name.c_str() : r.employee_id.c_str());
        std::snprintf(buf, sizeof buf, "(%s)", ResponsibleRoleLabel(r.role));
        SameLineIfFits(ImGui::CalcTextSize(buf).x);
        ImGui::TextDisabled("%s", buf);
        if (e && !e->phone.empty()) {
            const NormalizedPhone n = NormalizePhone(e->phone);
            if (!n.extension.empty()) {
                std::snprintf(buf, sizeof buf, Tr(Str::IncExt), n.extension.c_str());
                SameLineIfFits(ImGui::CalcTextSize(buf).x);
                ImGui::PushStyleColor(ImGuiCol_Text, colors::kBusyText);
                FindableText(buf);
                ImGui::PopStyleColor();
            }
            SameLineIfFits(ImGui::CalcTextSize(e->phone.c_str()).x);
            PhoneLink(e->phone);
        } else {
            SameLineIfFits(ImGui::CalcTextSize(Tr(Str::IncNoPhone)).x);
            ImGui::TextDisabled("%s", Tr(Str::IncNoPhone));
        }
        ImGui::PopID();
    }
    ImGui::Unindent();
}

enum class Action : uint8_t { None, Open, Log };
struct Pending {
    Action action = Action::None;
    size_t match = 0;
    std::string client_id;
};

void DrawGroup(const Store& store, const IncomingCallUi& in, const IncomingGroup& g, size_t index, bool read_only,
               float action_w, Pending& pending) {
    const Client* c = store.clients.Find(g.client_id);
    if (!c) return;
    ImGui::PushID(static_cast<int>(index));
    const ImGuiTableFlags flags =
        ImGuiTableFlags_BordersOuter | ImGuiTableFlags_PadOuterX | ImGuiTableFlags_SizingStretchProp;
    if (ImGui::BeginTable("##group", 2, flags)) {
        ImGui::TableSetupColumn("##info", ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableSetupColumn("##act", ImGuiTableColumnFlags_WidthFixed, action_w);
        char buf[512];
        // The client: name and INN, the contract state; Open card.
        ImGui::TableNextRow();
        ImGui::TableSetColumnIndex(0);
        ImGui::PushTextWrapPos(0);
        if (!c->inn.empty()) {
            char inn[64];
            std::snprintf(inn, sizeof inn, Tr(Str::IncInn), c->inn.c_str());
            std::snprintf(buf, sizeof buf, "%s \xC2\xB7 %s", c->name.c_str(), inn);
        } else {
            std::snprintf(buf, sizeof buf, "%s", c->name.c_str());
        }
        ImGui::TextWrapped("%s", buf);
        ReportLastItem(buf);
        DrawContractLine(store, c->id);
        ImGui::TableSetColumnIndex(1);
        if (ActionButton(Tr(Str::IncOpenCard), Tr(Str::IncOpenTip), false, "")) {
            pending.action = Action::Open;
            pending.client_id = c->id;
        }
        // The numbers that matched: the company's own, its contact persons'.
        for (const size_t mi : g.matches) {
            const PhoneMatch& m = in.result.matches[mi];
            ImGui::PushID(static_cast<int>(mi));
            ImGui::TableNextRow();
            ImGui::TableSetColumnIndex(0);
            ImGui::Indent();
            if (m.kind == PhoneOwnerKind::Contact) {
                const Contact* k = store.contacts.Find(m.contact_id);
                if (k && !k->position.empty())
                    std::snprintf(buf, sizeof buf, "%s, %s", k->name.c_str(), k->position.c_str());
                else
                    std::snprintf(buf, sizeof buf, "%s", k ? k->name.c_str() : m.contact_id.c_str());
                ImGui::TextUnformatted(ICON_USER);
                ImGui::SameLine();
                ImGui::TextWrapped("%s", buf);
                ReportLastItem(buf);
            } else {
                ImGui::TextUnformatted(ICON_PHONE);
                ImGui::SameLine();
                ImGui::TextUnformatted(Tr(Str::IncCompanyPhone));
                ImGui::SameLine();
            }
            ImGui::TextDisabled("%s", m.phone.c_str());
            Mark(m.rank);
            ImGui::Unindent();
            ImGui::TableSetColumnIndex(1);
            if (ActionButton(Tr(Str::IncLogCall),
                             Tr(m.kind == PhoneOwnerKind::Contact ? Str::IncLogTip : Str::IncLogTipClient), read_only,
                             Tr(Str::IncReadOnly))) {
                pending.action = Action::Log;
                pending.match = mi;
            }
            ImGui::PopID();
        }
        // Whom to put the call through to.
        ImGui::TableNextRow();
        ImGui::TableSetColumnIndex(0);
        DrawResponsibles(store, *c);
        ImGui::PopTextWrapPos();
        ImGui::EndTable();
    }
    ImGui::PopID();
}

void DrawEmployees(const Store& store, const IncomingCallUi& in) {
    for (const size_t mi : in.employees) {
        const PhoneMatch& m = in.result.matches[mi];
        const Employee* e = store.employees.Find(m.employee_id);
        if (!e) continue;
        char buf[384];
        if (!e->position.empty())
            std::snprintf(buf, sizeof buf, "%s: %s, %s", Tr(Str::IncEmployee), e->name.c_str(), e->position.c_str());
        else
            std::snprintf(buf, sizeof buf, "%s: %s", Tr(Str::IncEmployee), e->name.c_str());
        ImGui::TextUnformatted(ICON_USERS);
        ImGui::SameLine();
        ImGui::TextWrapped("%s", buf);
        ReportLastItem(buf);
        ImGui::TextDisabled("%s", m.phone.c_str());
        Mark(m.rank);
    }
}

// The unknown number: New client with it, or add it to a client found by name or INN.
void DrawUnknown(Store& store, UiState& ui, bool read_only, bool& close) {
    IncomingCallUi& in = ui.incoming;
    ImGui::PushStyleColor(ImGuiCol_Text, colors::kWarningText);
    ImGui::TextUnformatted(ICON_WARNING);
    ImGui::SameLine();
    TextHint(Tr(Str::IncUnknown));
    ImGui::PopStyleColor();
    ImGui::BeginDisabled(read_only);
    if (IconTextButton(ICON_PLUS, Tr(Str::IncNewClient))) {
        if (!NewClientWithNumber(store, ui, in.number, read_only).empty()) close = true;
    }
    ImGui::SetItemTooltip("%s", read_only ? Tr(Str::IncReadOnly) : Tr(Str::IncNewClientTip));
    const char* add = Tr(Str::IncAddExisting);
    SameLineIfFits(ImGui::CalcTextSize(add, nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2);
    if (ImGui::Button(add) && !in.adding) {
        in.adding = true;
        in.focus_client_search = true;
        in.client_search.clear();
    }
    ImGui::SetItemTooltip("%s", read_only ? Tr(Str::IncReadOnly) : Tr(Str::IncAddTip));
    ImGui::EndDisabled();
    if (!in.adding || read_only) return;

    if (in.focus_client_search) {
        ImGui::SetKeyboardFocusHere();
        in.focus_client_search = false;
    }
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 18);
    InputStringWithHint(Tr(Str::IncClientSearch), Tr(Str::IncClientSearchHint), in.client_search);
    ImGui::SameLine();
    if (ImGui::Button(Tr(Str::IncCancelAdd))) {
        in.adding = false;
        return;
    }
    UpdateClientSearch(store, ui);
    if (Blank(in.client_search)) return;
    if (in.client_results.empty()) {
        DisabledHint(Tr(Str::IncClientNone));
        return;
    }
    const auto& all = store.clients.All();
    char buf[512];
    std::string chosen;
    for (const uint32_t pos : in.client_results) {
        if (pos >= all.size()) continue;
        const Client& c = all[pos];
        if (c.inn.empty())
            std::snprintf(buf, sizeof buf, "%s###inc_pick_%u", c.name.c_str(), pos);
        else
            std::snprintf(buf, sizeof buf, "%s \xC2\xB7 %s###inc_pick_%u", c.name.c_str(), c.inn.c_str(), pos);
        if (ImGui::Selectable(buf)) chosen = c.id;
        ImGui::SetItemTooltip("%s", Tr(Str::IncAddTip));
    }
    if (in.client_total > in.client_results.size()) {
        std::snprintf(buf, sizeof buf, Tr(Str::IncClientMore), static_cast<int>(in.client_total - in.client_results.size()));
        DisabledHint(buf);
    }
    if (!chosen.empty()) AddNumberToClient(store, ui, chosen, in.number, read_only);
}

void DrawBody(App& app, bool& close) {
    Store& store = app.store;
    UiState& ui = app.ui;
    IncomingCallUi& in = ui.incoming;
    const bool read_only = app.env.read_only;
    const float em = ImGui::GetFontSize();
    const ImGuiStyle& style = ImGui::GetStyle();

    if (read_only) {
        ImGui::PushStyleColor(ImGuiCol_Text, colors::kWarningText);
        TextHint(Tr(Str::IncReadOnly));
        ImGui::PopStyleColor();
    }
    if (in.focus_number) {
        ImGui::SetKeyboardFocusHere();
        in.focus_number = false;
    }
    ImGui::SetNextItemWidth(std::min(em * 22, ImGui::GetContentRegionAvail().x * 0.6f));
    const std::string before = in.number;
    const bool enter = InputStringWithHint(Tr(Str::IncNumber), Tr(Str::IncNumberHint), in.number,
                                           ImGuiInputTextFlags_EnterReturnsTrue);
    if (in.number != before) {
        in.added_to.clear();
        in.adding = false;
    }
    ImGui::PushTextWrapPos(0);
    DisabledHint(Tr(Str::IncHelp));
    ImGui::PopTextWrapPos();
    // While the user types in the card with this window open behind, every keystroke
    // changes the clients: the index waits until the window has the focus again (the
    // matches shown hold ids, so they stay safe to draw meanwhile).
    if (ImGui::IsWindowFocused(ImGuiFocusedFlags_RootAndChildWindows) || !in.looked_up_valid ||
        in.looked_up != in.number)
        UpdateIncomingLookup(store, ui);

    const float footer = ImGui::GetFrameHeightWithSpacing() + style.ItemSpacing.y;
    Pending pending;
    if (ImGui::BeginChild("##inc_results", ImVec2(0, -footer), ImGuiChildFlags_Border)) {
        ImGui::PushTextWrapPos(0);
        const PhoneLookup& r = in.result;
        if (!in.added_to.empty()) {
            const Client* c = store.clients.Find(in.added_to);
            char buf[384];
            std::snprintf(buf, sizeof buf, Tr(Str::IncAdded), c ? c->name.c_str() : in.added_to.c_str());
            ImGui::PushStyleColor(ImGuiCol_Text, colors::kOkText);
            TextHint(buf);
            ImGui::PopStyleColor();
        }
        if (Blank(in.number)) {
            // Nothing typed yet: the help line above says what to do.
        } else if (r.too_short) {
            DisabledHint(Tr(Str::IncTooShort));
        } else {
            const bool unknown = r.complete && !AnyExact(in);
            if (unknown) {
                DrawUnknown(store, ui, read_only, close);
                if (!in.groups.empty() || !in.employees.empty()) {
                    ImGui::Spacing();
                    ImGui::TextDisabled("%s", Tr(Str::IncSimilar));
                }
            } else if (!r.complete) {
                DisabledHint(Tr(in.result.matches.empty() ? Str::IncNoPartial : Str::IncPartialNote));
            }
            float action_w = 0;
            for (const Str s : {Str::IncOpenCard, Str::IncLogCall})
                action_w = std::max(action_w, ImGui::CalcTextSize(Tr(s), nullptr, true).x + style.FramePadding.x * 2);
            for (size_t i = 0; i < in.groups.size() && !close; ++i) {
                DrawGroup(store, in, in.groups[i], i, read_only, action_w, pending);
                ImGui::Spacing();
            }
            DrawEmployees(store, in);
            if (r.more) DisabledHint(Tr(Str::IncMore));
        }
        ImGui::PopTextWrapPos();
    }
    ImGui::EndChild();
    {
        const char* label = Tr(Str::IncClose);
        const float w = ImGui::CalcTextSize(label, nullptr, true).x + style.FramePadding.x * 2;
        ImGui::SetCursorPosX(std::max(ImGui::GetCursorPosX(), ImGui::GetWindowContentRegionMax().x - w));
        if (ImGui::Button(label)) close = true;
    }

    if (close) return;
    if (enter && pending.action == Action::None && !in.groups.empty()) {
        pending.action = Action::Open;  // Enter opens the first card
        pending.client_id = in.groups.front().client_id;
    }
    if (pending.action == Action::Open) {
        OpenCardFromCall(ui, pending.client_id);
    } else if (pending.action == Action::Log && pending.match < in.result.matches.size()) {
        const PhoneMatch m = in.result.matches[pending.match];
        LogIncomingCall(store, ui, m, in.number, read_only);
    }
}

}  // namespace

// ---- Commands

void OpenIncomingCall(UiState& ui) {
    IncomingCallUi& in = ui.incoming;
    if (!in.open) {
        in.open = true;
        in.appearing = true;
        in.number.clear();
        in.adding = false;
        in.added_to.clear();
    }
    in.focus_number = true;
}

void CloseIncomingCall(UiState& ui) {
    IncomingCallUi& in = ui.incoming;
    in.open = false;
    in.appearing = false;
    in.focus_number = false;
    in.number.clear();
    in.adding = false;
    in.client_search.clear();
    in.added_to.clear();
}

void UpdateIncomingLookup(const Store& store, UiState& ui) {
    IncomingCallUi& in = ui.incoming;
    in.index.Update(store);
    if (in.looked_up_valid && in.looked_up == in.number && in.looked_up_builds == in.index.builds()) return;
    in.looked_up = in.number;
    in.looked_up_builds = in.index.builds();
    in.looked_up_valid = true;
    in.result = in.index.Lookup(store, in.number);
    Regroup(in);
}

std::string FormatPhoneNumber(std::string_view text) {
    const NormalizedPhone n = NormalizePhone(text);
    if (!n.ok()) return std::string(text::TrimSpaces(text));
    std::string out;
    if (n.e164.size() == 12 && n.e164.compare(0, 2, "+7") == 0) {
        const std::string d = n.e164.substr(2);
        out = "+7 " + d.substr(0, 3) + " " + d.substr(3, 3) + "-" + d.substr(6, 2) + "-" + d.substr(8, 2);
    } else {
        out = n.e164;
    }
    if (!n.extension.empty()) {
        char buf[64];
        std::snprintf(buf, sizeof buf, Tr(Str::IncExt), n.extension.c_str());
        out += ' ';
        out += buf;
    }
    return out;
}

void OpenCardFromCall(UiState& ui, const std::string& client_id) {
    ui.SelectClient(client_id);
    ui.SelectTab(CardTab::Main);
    CloseIncomingCall(ui);
}

std::string LogIncomingCall(Store& store, UiState& ui, const PhoneMatch& match, std::string_view number,
                            bool read_only) {
    if (read_only || !store.clients.Contains(match.client_id)) return {};
    Interaction x;
    x.id = NewId();
    x.client_id = match.client_id;
    if (match.kind == PhoneOwnerKind::Contact && store.contacts.Contains(match.contact_id))
        x.contact_id = match.contact_id;
    x.type = InteractionType::Call;
    x.direction = Direction::In;
    x.status = InteractionStatus::Done;
    x.at = platform::Now();
    x.owner_id = CurrentUserId(ui);
    if (!x.owner_id.empty() && !store.employees.Contains(x.owner_id)) x.owner_id.clear();
    char subject[256];
    std::snprintf(subject, sizeof subject, Tr(Str::IncSubject),
                  CallerNumber(number, &match).c_str());
    x.subject = subject;
    std::string id = x.id;
    const std::string client_id = x.client_id;
    store.interactions.Upsert(std::move(x));
    OpenCardFromCall(ui, client_id);
    ui.activity.saved_id = id;  // the timeline scrolls to it and highlights it
    return id;
}

std::string NewClientWithNumber(Store& store, UiState& ui, std::string_view number, bool read_only) {
    if (read_only || Blank(number)) return {};
    const std::string phone = FormatPhoneNumber(number);
    const std::string id = NewClient(store, ui);  // selects it on the Main tab, Name focused
    if (const Client* c = store.clients.Find(id)) {
        Client copy = *c;
        copy.phones.push_back(phone);
        store.clients.Upsert(std::move(copy));
    }
    CloseIncomingCall(ui);
    return id;
}

bool AddNumberToClient(Store& store, UiState& ui, const std::string& client_id, std::string_view number,
                       bool read_only) {
    const Client* c = store.clients.Find(client_id);
    if (read_only || !c || Blank(number)) return false;
    Client copy = *c;
    const std::string key = PhoneMatchKey(number);
    bool present = false;
    for (const std::string& p : copy.phones) {
        const std::string k = PhoneMatchKey(p);
        if (key.empty() ? text::TrimSpaces(p) == text::TrimSpaces(number)
                        : k == key && NormalizePhone(p).extension == NormalizePhone(number).extension)
            present = true;
    }
    if (!present) {
        copy.phones.push_back(FormatPhoneNumber(number));
        store.clients.Upsert(std::move(copy));
        NoteClientEdited(store, ui, client_id);
    }
    IncomingCallUi& in = ui.incoming;
    in.adding = false;
    in.client_search.clear();
    in.added_to = client_id;
    return true;
}

// ---- The button and the window

void DrawIncomingCallButton(App& app) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const char* label = Tr(Str::IncButton);
    const float w = style.FramePadding.x * 2 + ImGui::CalcTextSize(ICON_PHONE).x + style.ItemInnerSpacing.x +
                    ImGui::CalcTextSize(label, nullptr, true).x;
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    const float right = window->Pos.x + window->Size.x - style.WindowPadding.x;
    const ImVec2 cur = ImGui::GetCursorScreenPos();
    if (right - w > cur.x) ImGui::SetCursorScreenPos(ImVec2(right - w, cur.y));
    if (IconTextButton(ICON_PHONE, label)) OpenIncomingCall(app.ui);
    ImGui::SetItemTooltip("%s", Tr(Str::IncButtonTip));
}

void DrawIncomingCallWindow(App& app) {
    UiState& ui = app.ui;
    IncomingCallUi& in = ui.incoming;
    if (!in.open) return;

    const float em = ImGui::GetFontSize();
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    if (in.appearing) {
        in.appearing = false;
        ImGui::SetNextWindowPos(vp->GetCenter(), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
        ImGui::SetNextWindowSize(ImVec2(std::min(em * 54, vp->WorkSize.x * 0.95f), std::min(em * 44, vp->WorkSize.y * 0.92f)),
                                 ImGuiCond_Always);
    }
    if (in.focus_number) ImGui::SetNextWindowFocus();
    ImGui::SetNextWindowSizeConstraints(ImVec2(std::min(em * 28, vp->WorkSize.x), std::min(em * 20, vp->WorkSize.y)),
                                        vp->WorkSize);
    bool open = true;
    bool close = false;
    if (ImGui::Begin(Tr(Str::IncTitle), &open, ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings)) {
        // Escape closes the window at once, even from its number field.
        if (ImGui::IsWindowFocused(ImGuiFocusedFlags_RootAndChildWindows) && ImGui::IsKeyPressed(ImGuiKey_Escape, false))
            close = true;
        else
            DrawBody(app, close);
    }
    ImGui::End();
    if (!open || close) {
        if (in.open) CloseIncomingCall(ui);
    }
}

}  // namespace card

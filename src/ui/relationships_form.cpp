// The add / edit form of the Relationships tab, in a framed panel under the list:
//     Company          [ name or INN ............ ]   (as typed; results below, click one)
//     This company is  [ Supplier to         v ]  ООО «Другая»
//                      On the card of ООО «Другая» it reads: Customer of ООО «Эта»
//     Note             [ ........................ ]
//     (the refusal, in red: itself, a duplicate, a parent cycle with its chain)
//     [Save] [Cancel]
// The kind is chosen as read from this card; the model stores it (StoreReading). The draft
// is checked (CheckLink) whenever it or the store changes, and the refusal shows at once;
// Save writes nothing while it stands. The company search scans the client list's folded
// keys only when the typed text changes, and shows at most kMaxCompanyResults companies.
#include <algorithm>
#include <cstdio>
#include <cstring>

#include "imgui.h"
#include "imgui_internal.h"  // IMGUI_TEST_ENGINE_ITEM_INFO for the kind chooser's label
#include "ui/client_filter.h"
#include "ui/i18n.h"
#include "ui/icons.h"
#include "ui/relationships_parts.h"
#include "ui/widgets.h"

namespace card {
namespace {

constexpr ImU32 kFormBg = IM_COL32(246, 248, 252, 255);
constexpr ImU32 kFormBorder = IM_COL32(200, 208, 222, 255);
constexpr ImU32 kResultsBg = IM_COL32(255, 255, 255, 255);

// A label on the left of a field, lined up with the field's text.
void FieldLabel(Str label, float field_x) {
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(Tr(label));
    ImGui::SameLine();
    ImGui::SetCursorPosX(field_x);
}

// The draft as the link it would store.
Relationship DraftLink(const Store& store, const RelationshipForm& f, const Client& c) {
    Relationship r;
    if (const Relationship* old = f.editing_id.empty() ? nullptr : store.relationships.Find(f.editing_id)) r = *old;
    r.id = f.editing_id;
    StoreReading(f.reading, c.id, f.other_id, r);
    r.note = Trimmed(f.note);
    return r;
}

// CheckLink of the draft, redone only when the draft's company or kind or the store changed.
const LinkCheck& DraftCheck(const Store& store, RelationshipForm& f, const Client& c) {
    char key[64];
    std::snprintf(key, sizeof key, "\x1f%d", static_cast<int>(f.reading));
    std::string k = f.editing_id + '\x1f' + f.other_id + key;
    if (k != f.checked_key || f.checked_rel_version != store.relationships.Version() ||
        f.checked_client_version != store.clients.Version()) {
        f.checked_key = std::move(k);
        f.checked_rel_version = store.relationships.Version();
        f.checked_client_version = store.clients.Version();
        const Relationship r = DraftLink(store, f, c);
        // An empty draft id means "new": give it one no stored link has.
        f.check = CheckLink(store, r);
    }
    return f.check;
}

// The refusal of a check, worded for this card; "" when there is none to show.
std::string RefusalText(const Store& store, const LinkCheck& check, const Client& c, bool tried_save) {
    char buf[1024];
    switch (check.problem) {
        case LinkProblem::Ok: return {};
        case LinkProblem::NoOtherCompany: return tried_save ? Tr(Str::RelErrPick) : std::string();
        case LinkProblem::Self: return Tr(Str::RelErrSelf);
        case LinkProblem::MissingClient: return Tr(Str::RelErrMissing);
        case LinkProblem::Duplicate: {
            const Relationship* r = store.relationships.Find(check.existing_id);
            if (!r) return {};
            const std::string& other = r->from_client_id == c.id ? r->to_client_id : r->from_client_id;
            std::snprintf(buf, sizeof buf, Tr(Str::RelErrDuplicate), ReadingLabel(ReadingOn(*r, c.id)),
                          CompanyName(store, other));
            return buf;
        }
        case LinkProblem::ParentCycle:
            std::snprintf(buf, sizeof buf, Tr(Str::RelErrCycle), ChainText(store, check).c_str());
            return buf;
    }
    return {};
}

// A combo with its label drawn on the left by the form: reported to automation under
// `name` so that tests find it like any labelled widget.
bool BeginNamedCombo(const char* id, const char* name, const char* preview) {
    ImGuiContext& g = *GImGui;
    (void)g;
    (void)name;
    IMGUI_TEST_ENGINE_ITEM_INFO(ImGui::GetID(id), name, 0);
    return ImGui::BeginCombo(id, preview);
}

// The label of a search result: the name and the INN, so that it is told apart from the
// same name in the client list.
void ResultLabel(const Client& k, char* buf, size_t size) {
    if (k.inn.empty()) {
        std::snprintf(buf, size, "%s", k.name.empty() ? Tr(Str::NoName) : k.name.c_str());
        return;
    }
    char inn[64];
    std::snprintf(inn, sizeof inn, Tr(Str::RelInn), k.inn.c_str());
    std::snprintf(buf, size, "%s  \xC2\xB7  %s", k.name.empty() ? Tr(Str::NoName) : k.name.c_str(), inn);
}

// How the company `id` is already linked to this card ("already: Supplier to"), or "".
const char* ExistingReading(const Store& store, const Client& c, const std::string& id, const std::string& skip_id) {
    for (uint32_t pos : store.relationships.OwnedBy(c.id)) {
        const Relationship& r = store.relationships[pos];
        if (r.id == skip_id) continue;
        if ((r.from_client_id == c.id && r.to_client_id == id) || (r.to_client_id == c.id && r.from_client_id == id))
            return ReadingLabel(ReadingOn(r, c.id));
    }
    return nullptr;
}

void Save(Store& store, RelationshipsUi& ru, const Client& c) {
    RelationshipForm& f = ru.form;
    f.tried_save = true;
    Relationship r = DraftLink(store, f, c);
    if (!CheckLink(store, r).ok()) return;
    if (r.id.empty()) r.id = NewId();
    store.relationships.Upsert(std::move(r));
    CloseRelationshipForm(ru);
}

}  // namespace

void OpenRelationshipForm(RelationshipsUi& ru, const Client& c, const Relationship* link) {
    CloseRelationshipForm(ru);
    RelationshipForm& f = ru.form;
    f.open = true;
    if (link) {
        f.editing_id = link->id;
        f.other_id = link->from_client_id == c.id ? link->to_client_id : link->from_client_id;
        f.reading = ReadingOn(*link, c.id);
        f.note = link->note;
    } else {
        f.focus_query = true;
    }
}

void CloseRelationshipForm(RelationshipsUi& ru) { ru.form = RelationshipForm{}; }

void UpdateCompanySearch(const Store& store, UiState& ui, const std::string& query) {
    CompanySearch& s = ui.relationships.search;
    if (s.query == query && s.client_version == store.clients.Version()) return;
    s.query = query;
    s.client_version = store.clients.Version();
    s.results.clear();
    s.matches = 0;
    if (TrimmedView(query).empty()) return;
    ++s.runs;
    s.matches = FindClientsByText(store, ui, query, kMaxCompanyResults, s.results);
}

void DrawRelationshipForm(Store& store, UiState& ui, const Client& c) {
    RelationshipsUi& ru = ui.relationships;
    RelationshipForm& f = ru.form;
    const ImGuiStyle& style = ImGui::GetStyle();
    const float em = ImGui::GetFontSize();

    // The labels' column: as wide as the widest label.
    float label_w = 0;
    for (Str s : {Str::RelFieldCompany, Str::RelFieldKind, Str::RelFieldNote})
        label_w = std::max(label_w, ImGui::CalcTextSize(Tr(s)).x);

    // A framed panel: contents on channel 2, the search results' panel behind them on
    // channel 1, the form's frame behind everything on channel 0.
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->ChannelsSplit(3);
    dl->ChannelsSetCurrent(2);
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float width = ImGui::GetContentRegionAvail().x;
    const float inset = style.FramePadding.x * 2;
    ImGui::PushID("rel_form");
    ImGui::Dummy(ImVec2(0, style.FramePadding.y));
    ImGui::Indent(inset);
    const float field_x = ImGui::GetCursorPosX() + label_w + style.ItemSpacing.x * 2;
    const float field_w = std::max(em * 10, std::min(width - inset * 2 - label_w - style.ItemSpacing.x * 2, em * 32));
    ImGui::TextDisabled("%s", Tr(f.editing_id.empty() ? Str::RelNewTitle : Str::RelEditTitle));

    // ---- The other company: a search field, or the company picked.
    const Client* other = f.other_id.empty() ? nullptr : store.clients.Find(f.other_id);
    FieldLabel(Str::RelFieldCompany, field_x);
    if (!f.other_id.empty()) {
        const char* name = CompanyName(store, f.other_id);
        ImGui::TextUnformatted(name);
        ReportLastItem(name);
        if (other && !other->inn.empty()) {
            ImGui::SameLine();
            ImGui::TextDisabled(Tr(Str::RelInn), other->inn.c_str());
        }
        ImGui::SameLine();
        if (ImGui::SmallButton(Tr(Str::RelChangeCompany))) {
            f.other_id.clear();
            f.focus_query = true;
        }
    } else {
        ImGui::SetNextItemWidth(field_w);
        if (f.focus_query) {
            ImGui::SetKeyboardFocusHere();
            f.focus_query = false;
        }
        const bool enter = InputStringWithHint("##rel_find", Tr(Str::RelFindHint), f.query,
                                               ImGuiInputTextFlags_EnterReturnsTrue);
        ReportLastItem(Tr(Str::RelFieldCompany));
        const bool typing = ImGui::IsItemActive();
        const uint64_t runs = ru.search.runs;
        UpdateCompanySearch(store, ui, f.query);
        const CompanySearch& s = ru.search;
        // Up / Down move the highlighted result while typing; new results start at the top.
        if (s.runs != runs) f.highlighted = 0;
        if (typing && !s.results.empty()) {
            if (ImGui::IsKeyPressed(ImGuiKey_DownArrow)) f.highlighted = std::min(f.highlighted + 1, static_cast<int>(s.results.size()) - 1);
            if (ImGui::IsKeyPressed(ImGuiKey_UpArrow)) f.highlighted = std::max(f.highlighted - 1, 0);
        }
        f.highlighted = std::clamp(f.highlighted, 0, std::max(static_cast<int>(s.results.size()) - 1, 0));
        ImGui::SetCursorPosX(field_x);
        ImGui::BeginGroup();
        if (Trimmed(f.query).empty()) {
            ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + field_w);
            DisabledHint(Tr(Str::RelFindTypeHint));
            ImGui::PopTextWrapPos();
        } else if (s.results.empty()) {
            char line[512];
            std::snprintf(line, sizeof line, Tr(Str::RelFindNone), Trimmed(f.query).c_str());
            DisabledHint(line);
        } else {
            // The results on a white panel, one Selectable each (name and INN), with a mark
            // for this card and for companies already linked.
            const ImVec2 top = ImGui::GetCursorScreenPos();
            dl->ChannelsSetCurrent(1);
            const float row_h = ImGui::GetTextLineHeightWithSpacing();
            const float list_h = row_h * static_cast<float>(s.results.size()) + style.ItemSpacing.y;
            dl->AddRectFilled(ImVec2(top.x - style.FramePadding.x, top.y - 2),
                              ImVec2(top.x + field_w, top.y + list_h), kResultsBg, style.FrameRounding);
            dl->AddRect(ImVec2(top.x - style.FramePadding.x, top.y - 2), ImVec2(top.x + field_w, top.y + list_h),
                        kFormBorder, style.FrameRounding);
            dl->ChannelsSetCurrent(2);
            std::string picked;
            char label[512];
            for (size_t i = 0; i < s.results.size(); ++i) {
                const Client* k = store.clients.Find(s.results[i]);
                if (!k) continue;
                ResultLabel(*k, label, sizeof label);
                ImGui::PushID(static_cast<int>(i));
                const char* mark = k->id == c.id ? Tr(Str::RelThisCompany) : nullptr;
                char already[160] = "";
                if (!mark) {
                    if (const char* reading = ExistingReading(store, c, k->id, f.editing_id)) {
                        std::snprintf(already, sizeof already, Tr(Str::RelAlreadyLinked), reading);
                        mark = already;
                    }
                }
                const float mark_w = mark ? ImGui::CalcTextSize(mark).x + style.ItemSpacing.x : 0;
                const ImVec2 text = ImGui::CalcTextSize(label);
                if (ImGui::Selectable(label, static_cast<int>(i) == f.highlighted, 0,
                                      ImVec2(std::min(text.x, field_w - mark_w - em), 0)))
                    picked = k->id;
                if (mark) {
                    ImGui::SameLine();
                    MarkText(mark, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
                }
                ImGui::PopID();
            }
            if (s.matches > s.results.size()) {
                char more[160];
                std::snprintf(more, sizeof more, Tr(Str::RelFindMore), static_cast<int>(s.matches - s.results.size()));
                DisabledHint(more);
            }
            // Enter takes the highlighted result (the first unless moved).
            if (enter && picked.empty() && !s.results.empty()) picked = s.results[static_cast<size_t>(f.highlighted)];
            if (!picked.empty()) {
                f.other_id = picked;
                f.query.clear();
            }
        }
        ImGui::EndGroup();
    }

    // ---- The kind, as read from this card.
    FieldLabel(Str::RelFieldKind, field_x);
    ImGui::SetNextItemWidth(std::min(field_w, em * 14));
    if (BeginNamedCombo("##rel_kind", Tr(Str::RelFieldKind), ReadingLabel(f.reading))) {
        for (int i = 0; i < kRelationReadingCount; ++i) {
            const auto reading = static_cast<RelationReading>(i);
            if (ImGui::Selectable(ReadingLabel(reading), reading == f.reading)) f.reading = reading;
            if (reading == f.reading) ImGui::SetItemDefaultFocus();
        }
        ImGui::EndCombo();
    }
    if (!f.other_id.empty()) {
        ImGui::SameLine();
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(CompanyName(store, f.other_id));
        // How the other card will read it.
        char reads[1024];
        const char* other_name = CompanyName(store, f.other_id);
        std::snprintf(reads, sizeof reads, Tr(Str::RelReads), other_name, ReadingLabel(InverseReading(f.reading)),
                      c.name.empty() ? Tr(Str::NoName) : c.name.c_str());
        ImGui::SetCursorPosX(field_x);
        ImGui::PushTextWrapPos(field_x + field_w);
        DisabledHint(reads);
        ImGui::PopTextWrapPos();
    }

    // ---- The note.
    FieldLabel(Str::RelFieldNote, field_x);
    ImGui::SetNextItemWidth(field_w);
    const bool note_enter = InputString("##rel_note", f.note, ImGuiInputTextFlags_EnterReturnsTrue);
    ReportLastItem(Tr(Str::RelFieldNote));

    // ---- The refusal, then the buttons.
    const LinkCheck& check = DraftCheck(store, f, c);
    const std::string refusal = RefusalText(store, check, c, f.tried_save);
    if (!refusal.empty()) {
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width - inset * 2);
        ImGui::PushStyleColor(ImGuiCol_Text, colors::kErrorText);
        TextHint((ICON_WARNING " " + refusal).c_str());
        ImGui::PopStyleColor();
        ImGui::PopTextWrapPos();
    }
    bool save = ImGui::Button(Tr(Str::RelSave)) || note_enter;
    ImGui::SameLine();
    const bool cancel = ImGui::Button(Tr(Str::RelCancel)) ||
                        (ImGui::IsWindowFocused(ImGuiFocusedFlags_ChildWindows) && ImGui::IsKeyPressed(ImGuiKey_Escape, false));
    ImGui::Unindent(inset);
    ImGui::Dummy(ImVec2(0, style.FramePadding.y));
    ImGui::PopID();

    const ImVec2 end(origin.x + width, ImGui::GetItemRectMax().y);
    dl->ChannelsSetCurrent(0);
    dl->AddRectFilled(origin, end, kFormBg, style.FrameRounding);
    dl->AddRect(origin, end, kFormBorder, style.FrameRounding);
    dl->ChannelsMerge();

    if (cancel) {
        CloseRelationshipForm(ru);
        return;
    }
    if (save) Save(store, ru, c);
}

}  // namespace card

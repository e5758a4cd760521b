// The contact persons of the client (Main tab, left half): a compact list that reads well
// at 460 px, one entry per contact:
//     ★ Name  [role]                                   ☆ ✎ 🗑
//       Position
//       ☎ +7 916 123-45-67   ✉ name@example.ru
//       notes
// primary first, then by name. Phones and e-mails are links (tel:, mailto:); a value the
// offline checks reject is drawn plain in the warning colour with the reason in a tooltip.
// Clicking a name (or the pencil) opens an editor for that contact in place; "Add contact"
// opens one for a new contact below the list. The editor edits a draft that Save writes
// with one Upsert (and clears the primary mark of the client's other contacts when the
// draft is primary: one primary per client). Remove keeps the record for Undo (same id
// back) until the next removal, a client switch or dismissal. Read-only: no buttons.
#include <algorithm>
#include <cstdio>
#include <unordered_map>

#include "imgui.h"
#include "imgui_internal.h"  // ButtonEx with ImGuiButtonFlags_PressedOnClick
#include "model/requisites.h"
#include "ui/client_filter.h"
#include "ui/i18n.h"
#include "ui/icons.h"
#include "ui/links.h"
#include "ui/main_sections.h"
#include "ui/requisite_checks.h"
#include "ui/widgets.h"

namespace card {
namespace {

constexpr ImVec4 kStarColor{0.85f, 0.60f, 0.05f, 1.0f};
constexpr ImU32 kRoleTagBg = IM_COL32(226, 236, 250, 255);
constexpr ImU32 kEditorBg = IM_COL32(246, 248, 252, 255);
constexpr ImU32 kEditorBorder = IM_COL32(200, 208, 222, 255);

constexpr int kMaxRoleChips = 8;  // used roles first, then common ones
constexpr Str kCommonRoles[] = {Str::ContactRoleDecisionMaker, Str::ContactRoleDirector,
                                Str::ContactRoleChiefAccountant, Str::ContactRoleAccountant,
                                Str::ContactRoleIt,           Str::ContactRoleUser,
                                Str::ContactRoleProcurement,  Str::ContactRoleLawyer};

// ---- Plain helpers -------------------------------------------------------------------

bool SameContact(const Contact& a, const Contact& b) {
    return a.id == b.id && a.client_id == b.client_id && a.name == b.name && a.position == b.position &&
           a.role == b.role && a.phones == b.phones && a.emails == b.emails && a.primary == b.primary &&
           a.notes == b.notes && a.extra_json == b.extra_json;
}

const char* DisplayName(const Contact& k) { return k.name.empty() ? Tr(Str::ContactNoName) : k.name.c_str(); }

// ---- State kept in step with the store -----------------------------------------------

void ValidateDraft(ContactsUi& cu);

void CloseEditor(ContactsUi& cu) {
    cu.editing_id.clear();
    cu.editing_new = false;
    cu.draft = Contact{};
    cu.phones_text.clear();
    cu.emails_text.clear();
    cu.draft_problems.clear();
    cu.focus_name = false;
    cu.role_active = false;
}

// Another client on screen: the undo does not carry over; an open editor is parked for
// the client it belongs to, and the new client's parked editor (if any) comes back.
void FollowClient(ContactsUi& cu, const Client& c) {
    if (cu.client_id == c.id) return;
    if (!cu.editing_id.empty() && !cu.client_id.empty())
        cu.parked[cu.client_id] = ParkedContactDraft{cu.editing_id, cu.editing_new, std::move(cu.draft),
                                                     std::move(cu.phones_text), std::move(cu.emails_text)};
    cu.client_id = c.id;
    CloseEditor(cu);
    cu.has_undo = false;
    cu.removed = Contact{};
    auto it = cu.parked.find(c.id);
    if (it == cu.parked.end()) return;
    ParkedContactDraft& p = it->second;
    cu.editing_id = std::move(p.editing_id);
    cu.editing_new = p.editing_new;
    cu.draft = std::move(p.draft);
    cu.phones_text = std::move(p.phones_text);
    cu.emails_text = std::move(p.emails_text);
    cu.parked.erase(it);
    ValidateDraft(cu);
}

void AddLinkItem(std::vector<ContactLinkItem>& out, const std::string& text, bool phone) {
    ContactLinkItem item;
    item.text = text;
    item.phone = phone;
    const CheckResult r = phone ? ValidatePhone(text) : ValidateEmail(text);
    item.reason = r.reason;
    if (r.reason == CheckReason::Ok) item.url = phone ? TelUrl(text) : MailtoUrl(r.normalized);
    out.push_back(std::move(item));
}

const ContactRowsCache& Rows(const Store& store, ContactsUi& cu, const Client& c) {
    ContactRowsCache& r = cu.rows;
    if (r.client_id == c.id && r.collection == &store.contacts && r.version == store.contacts.Version()) return r;
    r.client_id = c.id;
    r.collection = &store.contacts;
    r.version = store.contacts.Version();
    ++r.built;
    const auto& all = store.contacts.All();
    const auto& owned = store.contacts.OwnedBy(c.id);
    r.order.assign(owned.begin(), owned.end());
    std::sort(r.order.begin(), r.order.end(), [&](uint32_t a, uint32_t b) {
        const Contact &x = all[a], &y = all[b];
        if (x.primary != y.primary) return x.primary;
        if (const int cmp = CompareFolded(x.name, y.name)) return cmp < 0;
        if (x.name != y.name) return x.name < y.name;
        return x.id < y.id;
    });
    r.links.clear();
    r.links_begin.clear();
    for (uint32_t pos : r.order) {
        r.links_begin.push_back(static_cast<uint32_t>(r.links.size()));
        for (const std::string& p : all[pos].phones) AddLinkItem(r.links, p, true);
        for (const std::string& e : all[pos].emails) AddLinkItem(r.links, e, false);
    }
    r.links_begin.push_back(static_cast<uint32_t>(r.links.size()));
    return r;
}

void ValidateDraft(ContactsUi& cu) {
    cu.draft_problems.clear();
    for (int list = 0; list < 2; ++list) {
        const bool phone = list == 0;
        for (const std::string& v : SplitLines(phone ? cu.phones_text : cu.emails_text)) {
            const CheckResult r = phone ? ValidatePhone(v) : ValidateEmail(v);
            if (r.ok()) continue;
            cu.draft_problems.push_back(ContactDraftProblem{phone, v, r.reason});
        }
    }
}

// The role suggestions: the roles most used by all contacts (one scan, when an editor
// opens), then the common ones of the current language.
void CollectRoles(const Store& store, ContactsUi& cu) {
    std::unordered_map<std::string, int> counts;
    for (const Contact& k : store.contacts.All())
        if (!k.role.empty()) ++counts[Trimmed(k.role)];
    counts.erase(std::string());
    std::vector<std::pair<int, std::string>> by_use;
    by_use.reserve(counts.size());
    for (auto& [role, n] : counts) by_use.emplace_back(-n, role);
    std::sort(by_use.begin(), by_use.end());
    cu.role_suggestions.clear();
    for (size_t i = 0; i < by_use.size() && i < 4; ++i) cu.role_suggestions.push_back(std::move(by_use[i].second));
}

void OpenEditor(const Store& store, ContactsUi& cu, const Contact& k, bool is_new) {
    CloseEditor(cu);
    CollectRoles(store, cu);
    cu.editing_id = k.id;
    cu.editing_new = is_new;
    cu.draft = k;
    JoinLines(k.phones, cu.phones_text);
    JoinLines(k.emails, cu.emails_text);
    cu.focus_name = true;
    ValidateDraft(cu);
}

// ---- Writes ----------------------------------------------------------------------------

// Clears the primary mark of the client's contacts other than `keep_id`.
void ClearOtherPrimaries(Store& store, const std::string& client_id, const std::string& keep_id) {
    std::vector<std::string> ids;  // collected first: Upsert reorders the owner index
    for (uint32_t pos : store.contacts.OwnedBy(client_id)) {
        const Contact& k = store.contacts[pos];
        if (k.primary && k.id != keep_id) ids.push_back(k.id);
    }
    for (const std::string& id : ids) {
        Contact copy = *store.contacts.Find(id);
        copy.primary = false;
        store.contacts.Upsert(std::move(copy));
    }
}

void MakePrimary(Store& store, const Contact& k) {
    const std::string id = k.id, client_id = k.client_id;  // `k` moves when others change
    ClearOtherPrimaries(store, client_id, id);
    if (const Contact* now = store.contacts.Find(id); now && !now->primary) {
        Contact copy = *now;
        copy.primary = true;
        store.contacts.Upsert(std::move(copy));
    }
}

void SaveDraft(Store& store, ContactsUi& cu) {
    Contact rec = cu.draft;
    rec.name = Trimmed(rec.name);
    rec.position = Trimmed(rec.position);
    rec.role = Trimmed(rec.role);
    rec.phones = SplitLines(cu.phones_text);
    rec.emails = SplitLines(cu.emails_text);
    if (rec.primary) ClearOtherPrimaries(store, rec.client_id, rec.id);
    const Contact* old = store.contacts.Find(rec.id);
    if (!old || !SameContact(*old, rec)) store.contacts.Upsert(std::move(rec));
    CloseEditor(cu);
}

void RemoveContact(Store& store, ContactsUi& cu, const std::string& id) {
    const Contact* k = store.contacts.Find(id);
    if (!k) return;
    cu.removed = *k;
    cu.has_undo = true;
    if (cu.editing_id == id) CloseEditor(cu);
    store.contacts.Remove(cu.removed.id);
}

void UndoRemove(Store& store, ContactsUi& cu) {
    cu.has_undo = false;
    Contact rec = std::move(cu.removed);
    cu.removed = Contact{};
    if (rec.id.empty() || store.contacts.Contains(rec.id) || !store.clients.Contains(rec.client_id)) return;
    // A primary chosen since the removal stays primary: one primary per client.
    if (rec.primary) {
        for (uint32_t pos : store.contacts.OwnedBy(rec.client_id))
            if (store.contacts[pos].primary) rec.primary = false;
    }
    store.contacts.Upsert(std::move(rec));
}

// ---- Drawing pieces --------------------------------------------------------------------

// A small rounded tag: the contact's role.
void RoleTag(const char* text) {
    const float pad = ImGui::GetFontSize() * 0.35f;
    const ImVec2 size = ImGui::CalcTextSize(text);
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const float h = ImGui::GetTextLineHeight();
    ImGui::GetWindowDrawList()->AddRectFilled(p, ImVec2(p.x + size.x + pad * 2, p.y + h), kRoleTagBg, h * 0.5f);
    ImGui::GetWindowDrawList()->AddText(ImVec2(p.x + pad, p.y), ImGui::GetColorU32(ImGuiCol_Text), text);
    ImGui::Dummy(ImVec2(size.x + pad * 2, h));
}

// One phone or e-mail: an icon and the link (or, when invalid, the text in the warning
// colour with the reason in a tooltip). Items flow left to right and wrap at `right`.
void LinkItem(const ContactLinkItem& item, float right, bool& first) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const char* icon = item.phone ? ICON_PHONE : ICON_ENVELOPE;
    const float w = ImGui::CalcTextSize(icon).x + style.ItemInnerSpacing.x + ImGui::CalcTextSize(item.text.c_str()).x;
    if (!first) {
        const float gap = style.ItemSpacing.x * 2;
        if (ImGui::GetItemRectMax().x + gap + w <= right) ImGui::SameLine(0, gap);
    }
    first = false;
    ImGui::TextDisabled("%s", icon);
    ImGui::SameLine(0, style.ItemInnerSpacing.x);
    if (!item.url.empty()) {
        LinkText(item.text.c_str(), item.url);
        return;
    }
    ImGui::TextColored(colors::kWarningText, "%s", item.text.c_str());
    if (item.reason != CheckReason::Ok && item.reason != CheckReason::Empty)
        ImGui::SetItemTooltip("%s", Tr(CheckReasonStr(item.reason)));
}

// "+ Add contact": the label is the button's text (automation finds it by it), the icon
// is drawn into the free space on its left.
bool AddButton() {
    const ImGuiStyle& style = ImGui::GetStyle();
    const char* label = Tr(Str::ContactAdd);
    const float icon_w = ImGui::CalcTextSize(ICON_PLUS).x + style.ItemInnerSpacing.x;
    const ImVec2 text = ImGui::CalcTextSize(label, nullptr, true);
    ImGui::PushStyleVar(ImGuiStyleVar_ButtonTextAlign, ImVec2(1.0f, 0.5f));
    const bool pressed =
        ImGui::Button(label, ImVec2(icon_w + text.x + style.FramePadding.x * 2, ImGui::GetFrameHeight()));
    ImGui::PopStyleVar();
    const ImVec2 min = ImGui::GetItemRectMin();
    ImGui::GetWindowDrawList()->AddText(ImVec2(min.x + style.FramePadding.x, min.y + style.FramePadding.y),
                                        ImGui::GetColorU32(ImGuiCol_Text), ICON_PLUS);
    return pressed;
}

// The warnings about the draft's phones (or e-mails), one line each, under the field.
void DraftProblems(const ContactsUi& cu, bool phone, float width) {
    bool any = false;
    for (const ContactDraftProblem& p : cu.draft_problems) any = any || p.phone == phone;
    if (!any) return;
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    ImGui::PushStyleColor(ImGuiCol_Text, colors::kWarningText);
    char line[512];
    for (const ContactDraftProblem& p : cu.draft_problems) {
        if (p.phone != phone) continue;
        std::snprintf(line, sizeof line, Tr(Str::ProblemWithValue), p.value.c_str(), Tr(CheckReasonStr(p.reason)));
        TextHint(line);
    }
    ImGui::PopStyleColor();
    ImGui::PopTextWrapPos();
}

// Clickable role suggestions under the role field, in the tag style; the current role is
// not offered again. Taken on mouse down: the click that takes one also ends the role
// field's editing, which hides the suggestions in the next frame.
bool RoleChip(const char* text, std::string& role, float right, bool& first) {
    if (role == text) return false;
    const ImGuiStyle& style = ImGui::GetStyle();
    const ImVec2 label = ImGui::CalcTextSize(text);
    const ImVec2 size(label.x + style.FramePadding.x * 2, label.y);
    if (!first && ImGui::GetItemRectMax().x + style.ItemInnerSpacing.x + size.x <= right)
        ImGui::SameLine(0, style.ItemInnerSpacing.x);
    first = false;
    ImGui::PushStyleColor(ImGuiCol_Button, ImGui::ColorConvertU32ToFloat4(kRoleTagBg));
    ImGui::PushStyleVar(ImGuiStyleVar_FrameRounding, ImGui::GetFontSize());
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(style.FramePadding.x, 0));
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 0.0f);
    const bool pressed = ImGui::ButtonEx(text, size, ImGuiButtonFlags_PressedOnClick);
    ImGui::PopStyleVar(3);
    ImGui::PopStyleColor();
    if (pressed) role = text;
    return pressed;
}

enum class EditorAction { None, Save, Cancel, Remove };

EditorAction DrawEditor(Store& store, UiState& ui, float label_w) {
    ContactsUi& cu = ui.contacts;
    const ImGuiStyle& style = ImGui::GetStyle();
    const float em = ImGui::GetFontSize();
    EditorAction action = EditorAction::None;

    // A framed panel: contents on channel 1, the frame drawn behind them on channel 0.
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->ChannelsSplit(2);
    dl->ChannelsSetCurrent(1);
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float width = ImGui::GetContentRegionAvail().x;
    const float inset = style.FramePadding.x;
    ImGui::PushID("contact_editor");
    ImGui::Dummy(ImVec2(0, style.FramePadding.y));
    ImGui::Indent(inset);
    const float field_w = std::max(em * 8, width - inset * 2 - label_w - style.ItemInnerSpacing.x);
    const float right = origin.x + width - inset;
    ImGui::PushItemWidth(field_w);

    if (cu.editing_new) ImGui::TextDisabled("%s", Tr(Str::ContactNewTitle));
    if (cu.focus_name) {
        ImGui::SetWindowFocus();
        ImGui::SetKeyboardFocusHere();
        cu.focus_name = false;
    }
    const ImGuiInputTextFlags enter = ImGuiInputTextFlags_EnterReturnsTrue;
    if (InputString(Tr(Str::ContactName), cu.draft.name, enter)) action = EditorAction::Save;
    if (InputString(Tr(Str::ContactPosition), cu.draft.position, enter)) action = EditorAction::Save;
    if (InputStringWithHint(Tr(Str::ContactRole), Tr(Str::ContactRoleHint), cu.draft.role, enter))
        action = EditorAction::Save;
    // Suggestions while the role is empty or being typed (as of the last frame, so that a
    // click on one still finds it drawn).
    const bool show_roles = cu.draft.role.empty() || cu.role_active;
    cu.role_active = ImGui::IsItemActive();
    if (show_roles) {
        bool first = true;
        ImGui::PushID("roles");
        int n = 0;
        for (const std::string& r : cu.role_suggestions) {
            ImGui::PushID(n++);
            RoleChip(r.c_str(), cu.draft.role, right - label_w, first);
            ImGui::PopID();
        }
        for (Str s : kCommonRoles) {
            const char* text = Tr(s);
            if (n >= kMaxRoleChips) break;
            if (std::find(cu.role_suggestions.begin(), cu.role_suggestions.end(), text) != cu.role_suggestions.end()) continue;
            ImGui::PushID(n++);
            RoleChip(text, cu.draft.role, right - label_w, first);
            ImGui::PopID();
        }
        ImGui::PopID();
    }

    const auto list_height = [&](const std::string& text) {
        const int lines = std::min(6, std::max(2, static_cast<int>(std::count(text.begin(), text.end(), '\n')) + 2));
        return ImGui::GetTextLineHeight() * static_cast<float>(lines) + style.FramePadding.y * 2;
    };
    if (InputStringMultiline(Tr(Str::ContactPhones), cu.phones_text, ImVec2(field_w, list_height(cu.phones_text))))
        ValidateDraft(cu);
    DraftProblems(cu, true, field_w);
    if (InputStringMultiline(Tr(Str::ContactEmails), cu.emails_text, ImVec2(field_w, list_height(cu.emails_text))))
        ValidateDraft(cu);
    DraftProblems(cu, false, field_w);
    ImGui::TextDisabled("%s", Tr(Str::OnePerLine));
    ImGui::Checkbox(Tr(Str::ContactPrimary), &cu.draft.primary);
    InputStringMultiline(Tr(Str::ContactNotes), cu.draft.notes,
                         ImVec2(field_w, ImGui::GetTextLineHeight() * 3 + style.FramePadding.y * 2));

    if (ImGui::Button(Tr(Str::ContactSave))) action = EditorAction::Save;
    ImGui::SameLine();
    if (ImGui::Button(Tr(Str::ContactCancel)) || (ImGui::IsWindowFocused(ImGuiFocusedFlags_ChildWindows) &&
                                                   ImGui::IsKeyPressed(ImGuiKey_Escape, false)))
        action = EditorAction::Cancel;
    if (!cu.editing_new && store.contacts.Contains(cu.editing_id)) {
        // Remove, at the right end of the button row.
        const char* remove = Tr(Str::ContactRemove);
        const float w = ImGui::CalcTextSize(remove, nullptr, true).x + style.FramePadding.x * 2;
        ImGui::SameLine();
        const ImVec2 at = ImGui::GetCursorScreenPos();
        if (right - w > at.x) ImGui::SetCursorScreenPos(ImVec2(right - w, at.y));
        ImGui::PushStyleColor(ImGuiCol_Text, colors::kErrorText);
        if (ImGui::Button(remove)) action = EditorAction::Remove;
        ImGui::PopStyleColor();
    }
    ImGui::PopItemWidth();
    ImGui::Unindent(inset);
    ImGui::Dummy(ImVec2(0, style.FramePadding.y));
    ImGui::PopID();

    const ImVec2 end(origin.x + width, ImGui::GetItemRectMax().y);
    dl->ChannelsSetCurrent(0);
    dl->AddRectFilled(origin, end, kEditorBg, style.FrameRounding);
    dl->AddRect(origin, end, kEditorBorder, style.FrameRounding);
    dl->ChannelsMerge();
    return action;
}

// One contact in the list. Returns true when the list changed (stop drawing this frame).
bool DrawContactRow(Store& store, UiState& ui, const Contact& k, const ContactRowsCache& rows, size_t row,
                    bool read_only, bool editor_open) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float width = ImGui::GetContentRegionAvail().x;
    ImGui::PushID(k.id.c_str());

    // The actions at the right end of the first line (drawn first, the text flows beside).
    float actions_w = 0;
    bool changed = false;
    if (!read_only) {
        const float button_w = ImGui::CalcTextSize(ICON_PENCIL).x + style.FramePadding.x * 2;
        const int n = k.primary ? 2 : 3;
        actions_w = n * button_w + (n - 1) * style.ItemInnerSpacing.x;
        ImGui::SetCursorScreenPos(ImVec2(origin.x + width - actions_w, origin.y));
        ImGui::BeginDisabled(editor_open);
        if (!k.primary) {
            if (GhostIconButton(ICON_STAR "###contact_make_primary", Tr(Str::ContactMakePrimaryTip))) {
                MakePrimary(store, k);
                changed = true;
            }
            ImGui::SameLine(0, style.ItemInnerSpacing.x);
        }
        if (!changed && GhostIconButton(ICON_PENCIL "###contact_edit", Tr(Str::ContactEditTip))) {
            OpenEditor(store, ui.contacts, k, false);
            changed = true;
        }
        ImGui::SameLine(0, style.ItemInnerSpacing.x);
        if (!changed && GhostIconButton(ICON_TRASH "###contact_remove_row", Tr(Str::ContactRemoveTip))) {
            RemoveContact(store, ui.contacts, k.id);
            changed = true;
        }
        ImGui::EndDisabled();
        ImGui::SetCursorScreenPos(origin);
    }
    if (changed) {
        ImGui::PopID();
        return true;
    }
    const float right = origin.x + width - (actions_w > 0 ? actions_w + style.ItemSpacing.x : 0);

    ImGui::BeginGroup();
    // First line: the primary star, the name (a click opens the editor), the role tag.
    if (k.primary) {
        ImGui::TextColored(kStarColor, "%s", ICON_STAR);
        ImGui::SetItemTooltip("%s", Tr(Str::ContactPrimaryTip));
        ImGui::SameLine(0, style.ItemInnerSpacing.x);
    }
    const char* name = DisplayName(k);
    if (read_only || editor_open) {
        ImGui::TextUnformatted(name);
    } else {
        const ImVec2 size = ImGui::CalcTextSize(name, nullptr, true);
        if (ImGui::Selectable(name, false, 0, size)) {
            OpenEditor(store, ui.contacts, k, false);
            changed = true;
        }
        ImGui::SetItemTooltip("%s", Tr(Str::ContactEditTip));
    }
    if (!k.role.empty()) {
        ImGui::SameLine();
        RoleTag(k.role.c_str());
    }
    if (!k.position.empty()) {
        ImGui::PushTextWrapPos(right - ImGui::GetWindowPos().x + ImGui::GetScrollX());
        ImGui::TextDisabled("%s", k.position.c_str());
        ImGui::PopTextWrapPos();
    }
    bool first = true;
    for (uint32_t i = rows.links_begin[row]; i < rows.links_begin[row + 1]; ++i) LinkItem(rows.links[i], right, first);
    if (!k.notes.empty()) {
        ImGui::TextDisabled("%s", ICON_STICKY_NOTE);
        ImGui::SameLine(0, style.ItemInnerSpacing.x);
        ImGui::PushTextWrapPos(right - ImGui::GetWindowPos().x + ImGui::GetScrollX());
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
        ImGui::TextWrapped("%s", k.notes.c_str());
        ImGui::PopStyleColor();
        ImGui::PopTextWrapPos();
    }
    ImGui::EndGroup();
    ImGui::PopID();
    return changed;
}

}  // namespace

void DrawContactsSection(Store& store, UiState& ui, const Client& c, bool read_only) {
    ContactsUi& cu = ui.contacts;
    FollowClient(cu, c);
    if (read_only && !cu.editing_id.empty()) CloseEditor(cu);
    if (read_only) cu.has_undo = false;

    ImGui::SeparatorText(Tr(Str::SectionContacts));
    ImGui::PushID("contacts");

    if (cu.has_undo) {
        char text[512];
        std::snprintf(text, sizeof text, Tr(Str::ContactRemoved), DisplayName(cu.removed));
        const int r = UndoBar(text, Tr(Str::ContactUndo), ICON_TIMES "###contact_undo_dismiss",
                              Tr(Str::ContactUndoDismissTip));
        if (r == 1) UndoRemove(store, cu);
        if (r == 2) {
            cu.has_undo = false;
            cu.removed = Contact{};
        }
    }

    // The editor's field labels, to line its fields up (labels to the right, as ImGui has).
    float label_w = 0;
    for (Str s : {Str::ContactName, Str::ContactPosition, Str::ContactRole, Str::ContactPhones, Str::ContactEmails,
                  Str::ContactNotes})
        label_w = std::max(label_w, ImGui::CalcTextSize(Tr(s), nullptr, true).x);

    const ContactRowsCache& rows = Rows(store, cu, c);
    const auto& all = store.contacts.All();
    const bool editor_open = !cu.editing_id.empty();
    if (rows.order.empty() && !(editor_open && cu.editing_new)) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
        TextHint(Tr(Str::ContactsNone));
        ImGui::PopStyleColor();
    }
    for (size_t i = 0; i < rows.order.size(); ++i) {
        const Contact& k = all[rows.order[i]];
        if (i) ImGui::Separator();
        if (editor_open && !cu.editing_new && k.id == cu.editing_id) {
            const EditorAction a = DrawEditor(store, ui, label_w);
            if (a == EditorAction::Save) SaveDraft(store, cu);
            if (a == EditorAction::Cancel) CloseEditor(cu);
            if (a == EditorAction::Remove) RemoveContact(store, cu, cu.editing_id);
            if (a != EditorAction::None) break;
            continue;
        }
        if (DrawContactRow(store, ui, k, rows, i, read_only, editor_open)) break;  // the rows changed
    }
    // The contact being edited was removed meanwhile (e.g. by an import): nothing to edit.
    if (editor_open && !cu.editing_new && !store.contacts.Contains(cu.editing_id)) CloseEditor(cu);

    if (!read_only) {
        ImGui::Spacing();
        if (cu.editing_new) {
            const EditorAction a = DrawEditor(store, ui, label_w);
            if (a == EditorAction::Save) SaveDraft(store, cu);
            if (a == EditorAction::Cancel) CloseEditor(cu);
        } else {
            ImGui::BeginDisabled(editor_open);
            if (AddButton()) {
                Contact k;
                k.id = NewId();
                k.client_id = c.id;
                k.primary = rows.order.empty();  // the first contact is the primary one
                OpenEditor(store, cu, k, true);
            }
            ImGui::EndDisabled();
        }
    }
    ImGui::PopID();
}

}  // namespace card

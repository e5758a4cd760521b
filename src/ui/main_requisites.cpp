// The Main tab's first section: the client's name and requisites, edited in place. Every
// edit writes a modified copy through Store::clients.Upsert (which records the change for
// autosave) in the frame the text changed, never per frame.
// Under INN, KPP, OGRN/OGRNIP, phones, e-mails and website: the reasons the offline checks
// find (ui/requisite_checks.h, cached, re-validated only when the client changes), in the
// warning colour. A wrong value is kept as typed: the hints are warnings, not refusals.
// Under KPP and under the phones: the other clients with this INN (+KPP) or a phone of
// this card (ui/duplicates.h), with Open and Merge… (Open works when read-only too).
#include <algorithm>
#include <cstdio>

#include "imgui.h"
#include "ui/client_filter.h"
#include "ui/duplicates.h"
#include "ui/i18n.h"
#include "ui/icons.h"
#include "ui/links.h"
#include "ui/main_sections.h"
#include "ui/requisite_checks.h"
#include "ui/widgets.h"

namespace card {
namespace {

void Write(Store& store, UiState& ui, const Client& c, std::string Client::*member, const std::string& value) {
    if (c.*member == value) return;
    Client copy = c;
    copy.*member = value;
    store.clients.Upsert(std::move(copy));
    NoteClientEdited(store, ui, c.id);  // the search finds it by its new name
}

bool IsBlank(const std::string& s) { return s.find_first_not_of(" \t\r\n") == std::string::npos; }

void TextField(Store& store, UiState& ui, const Client& c, Str label, std::string Client::*member) {
    ui.scratch = c.*member;  // reuses the buffer's capacity: no allocation per frame
    if (InputString(Tr(label), ui.scratch)) Write(store, ui, c, member, ui.scratch);
}

void NotesField(Store& store, UiState& ui, const Client& c, float width) {
    ui.scratch = c.notes;
    const float h = ImGui::GetTextLineHeight() * 5 + ImGui::GetStyle().FramePadding.y * 2;
    if (InputStringMultiline(Tr(Str::FieldNotes), ui.scratch, ImVec2(width, h)))
        Write(store, ui, c, &Client::notes, ui.scratch);
}

// Phones and e-mails: one per line. While the field is being typed in, its raw text (with
// the empty line just started) lives in ui.list_edit, because the store keeps only the
// non-empty lines and ImGui would otherwise see the buffer change under it every frame.
void ListField(Store& store, UiState& ui, const Client& c, Str label, std::vector<std::string> Client::*member,
               float width) {
    const ImGuiID id = ImGui::GetID(Tr(label));
    const bool editing = ui.list_edit.id == id;
    std::string& buf = editing ? ui.list_edit.text : ui.scratch;
    if (!editing) JoinLines(c.*member, buf);
    const int lines = std::min(6, std::max(2, static_cast<int>((c.*member).size()) + 1));
    const float h = ImGui::GetTextLineHeight() * static_cast<float>(lines) + ImGui::GetStyle().FramePadding.y * 2;
    const bool changed = InputStringMultiline(Tr(label), buf, ImVec2(width, h));
    if (ImGui::IsItemActive()) {
        if (!editing) {
            ui.list_edit.id = id;
            ui.list_edit.text = buf;
        }
    } else if (editing) {
        ui.list_edit = ListFieldEdit{};
    }
    if (changed) {
        std::vector<std::string> items = SplitLines(buf);
        if (items != c.*member) {
            Client copy = c;
            copy.*member = std::move(items);
            store.clients.Upsert(std::move(copy));
        }
    }
}

// The problems of one field, each on its own line below it; for phones and e-mails with
// the line they are about.
void FieldProblems(const std::vector<FieldProblem>& problems, RequisiteField field, const Client& c, float width) {
    bool any = false;
    for (const FieldProblem& p : problems) any = any || p.field == field;
    if (!any) return;
    const std::vector<std::string>* items = field == RequisiteField::Phone   ? &c.phones
                                            : field == RequisiteField::Email ? &c.emails
                                                                             : nullptr;
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    ImGui::PushStyleColor(ImGuiCol_Text, colors::kWarningText);
    char line[512];
    for (const FieldProblem& p : problems) {
        if (p.field != field) continue;
        const char* reason = Tr(CheckReasonStr(p.reason));
        if (items && p.index < items->size()) {
            std::snprintf(line, sizeof line, Tr(Str::ProblemWithValue), (*items)[p.index].c_str(), reason);
            TextHint(line);
        } else {
            TextHint(reason);
        }
    }
    ImGui::PopStyleColor();
    ImGui::PopTextWrapPos();
}

template <class E>
void EnumCombo(Store& store, const Client& c, Str label, E Client::*member) {
    if (!ImGui::BeginCombo(Tr(label), EnumLabel(c.*member))) return;
    for (size_t i = 0; i < EnumCount<E>(); ++i) {
        const E v = static_cast<E>(i);
        ImGui::PushID(static_cast<int>(i));
        if (ImGui::Selectable(EnumLabel(v), v == c.*member) && v != c.*member) {
            Client copy = c;
            copy.*member = v;
            store.clients.Upsert(std::move(copy));
        }
        if (v == c.*member) ImGui::SetItemDefaultFocus();
        ImGui::PopID();
    }
    ImGui::EndCombo();
}

// The client's valid phones, e-mails and website as links, rebuilt when the record changes.
const RequisiteLinksCache& Links(const Store& store, UiState& ui, const Client& c) {
    RequisiteLinksCache& l = ui.contacts.requisite_links;
    if (l.client_id == c.id && l.record == &c && l.version == store.clients.Version()) return l;
    l.client_id = c.id;
    l.record = &c;
    l.version = store.clients.Version();
    l.phones.clear();
    l.emails.clear();
    for (const std::string& p : c.phones) {
        if (ValidatePhone(p).reason != CheckReason::Ok) continue;
        ContactLinkItem item;
        item.text = p;
        item.url = TelUrl(p);
        if (!item.url.empty()) l.phones.push_back(std::move(item));
    }
    for (const std::string& e : c.emails) {
        const CheckResult r = ValidateEmail(e);
        if (r.reason != CheckReason::Ok) continue;
        ContactLinkItem item;
        item.text = r.normalized;
        item.url = MailtoUrl(r.normalized);
        item.phone = false;
        l.emails.push_back(std::move(item));
    }
    l.website_url = ValidateWebsite(c.website).reason == CheckReason::Ok ? WebUrl(c.website) : std::string();
    return l;
}

// A line of links under a field: an icon, then the values, wrapping at the field's width.
// Links work in read-only mode too: dialling or writing changes nothing.
void LinkLine(const std::vector<ContactLinkItem>& items, const char* icon, float width) {
    if (items.empty()) return;
    const ImGuiStyle& style = ImGui::GetStyle();
    const float right = ImGui::GetCursorScreenPos().x + width;
    ImGui::TextDisabled("%s", icon);
    ImGui::SameLine(0, style.ItemInnerSpacing.x);
    const float indent = ImGui::GetCursorPosX();  // wrapped lines start under the first value
    for (const ContactLinkItem& item : items) {
        if (&item != &items[0]) {
            const float gap = style.ItemSpacing.x * 2;
            if (ImGui::GetItemRectMax().x + gap + ImGui::CalcTextSize(item.text.c_str()).x <= right)
                ImGui::SameLine(0, gap);
            else
                ImGui::SetCursorPosX(indent);
        }
        LinkText(item.text.c_str(), item.url);
    }
}

void WriteAddresses(Store& store, const Client& c, const std::string& legal, const std::string& actual) {
    if (c.legal_address == legal && c.actual_address == actual) return;
    Client copy = c;
    copy.legal_address = legal;
    copy.actual_address = actual;
    store.clients.Upsert(std::move(copy));
}

// Legal address, "Same as legal", actual address. Checked means actual == legal: editing
// the legal address writes both, the actual field is disabled; unchecking leaves the copy
// to edit. The check is derived when a client is opened (equal and not empty), then it is
// the user's; a change from elsewhere that makes the two differ unchecks it.
void AddressFields(Store& store, UiState& ui, const Client& c, bool read_only) {
    SameAsLegalUi& same = ui.contacts.same_as_legal;
    if (same.client_id != c.id) {
        same.client_id = c.id;
        same.checked = !IsBlank(c.legal_address) && c.actual_address == c.legal_address;
    } else if (same.checked && c.actual_address != c.legal_address) {
        same.checked = false;
    }
    ui.scratch = c.legal_address;
    if (InputString(Tr(Str::FieldLegalAddress), ui.scratch))
        WriteAddresses(store, c, ui.scratch, same.checked ? ui.scratch : c.actual_address);
    if (ImGui::Checkbox(Tr(Str::ReqSameAsLegal), &same.checked) && same.checked && !read_only)
        WriteAddresses(store, c, c.legal_address, c.legal_address);
    ImGui::BeginDisabled(same.checked);
    ui.scratch = same.checked ? c.legal_address : c.actual_address;
    if (InputString(Tr(Str::FieldActualAddress), ui.scratch) && !same.checked)
        Write(store, ui, c, &Client::actual_address, ui.scratch);
    ImGui::EndDisabled();
}

// The field labels, to line the fields up: labels sit to the right of the fields (ImGui's
// layout), so that each widget carries its visible label and browser tests find it by it.
constexpr Str kFieldLabels[] = {Str::FieldName,         Str::FieldLegalName,     Str::FieldKind,
                                Str::FieldInn,          Str::FieldKpp,           Str::FieldOgrn,
                                Str::FieldOgrnip,
                                Str::FieldLegalAddress, Str::FieldActualAddress, Str::FieldPhones,
                                Str::FieldEmails,       Str::FieldWebsite,       Str::FieldNotes};

}  // namespace

void DrawRequisitesSection(Store& store, UiState& ui, const Client& c, bool read_only) {
    float label_w = 0;
    for (Str s : kFieldLabels) label_w = std::max(label_w, ImGui::CalcTextSize(Tr(s), nullptr, true).x);
    const ImGuiStyle& style = ImGui::GetStyle();
    const float field_w = std::max(ImGui::GetFontSize() * 8,
                                   std::min(ImGui::GetContentRegionAvail().x - label_w - style.ItemInnerSpacing.x,
                                            ImGui::GetFontSize() * 40));

    // Computed (or taken from the cache) before any edit of this frame; an edit shows in
    // the next frame. Problems of lines that an edit just removed are skipped.
    const std::vector<FieldProblem>& problems = RequisiteProblems(store, ui, c);

    ImGui::BeginDisabled(read_only);
    ImGui::PushItemWidth(field_w);

    ImGui::SeparatorText(Tr(Str::SectionRequisites));
    if (ui.focus_name && !read_only) {
        // Focus this child window first: in ImGui 1.90.1 SetKeyboardFocusHere only finds
        // items in the focus scope that has the keyboard (here: the list, just clicked).
        ImGui::SetWindowFocus();
        ImGui::SetKeyboardFocusHere();
        ui.focus_name = false;
    }
    // The name is required (format, and what the list shows): an emptied field is not
    // written, so the store and every save stay valid; the field shows why.
    ui.scratch = c.name;
    if (InputString(Tr(Str::FieldName), ui.scratch)) {
        ui.name_blank = IsBlank(ui.scratch);
        if (!ui.name_blank) Write(store, ui, c, &Client::name, ui.scratch);
    }
    if (!ImGui::IsItemActive()) ui.name_blank = false;
    if (ui.name_blank) ImGui::TextColored(colors::kWarningText, "%s", Tr(Str::NameRequired));
    TextField(store, ui, c, Str::FieldLegalName, &Client::legal_name);
    EnumCombo(store, c, Str::FieldKind, &Client::kind);
    TextField(store, ui, c, Str::FieldInn, &Client::inn);
    FieldProblems(problems, RequisiteField::Inn, c, field_w);
    TextField(store, ui, c, Str::FieldKpp, &Client::kpp);
    FieldProblems(problems, RequisiteField::Kpp, c, field_w);
    // Another client with this INN (+KPP): Open it, or Merge… the two (ui/duplicates.h).
    ImGui::EndDisabled();
    DrawDuplicateWarning(store, ui, c, false, field_w + label_w + style.ItemInnerSpacing.x, read_only);
    ImGui::BeginDisabled(read_only);
    // One field: the OGRN of a legal entity, the OGRNIP of a sole trader (same widget id).
    TextField(store, ui, c, RequisiteFieldStr(RequisiteField::Ogrn, c.kind), &Client::ogrn);
    FieldProblems(problems, RequisiteField::Ogrn, c, field_w);

    ImGui::SeparatorText(Tr(Str::SectionContactInfo));
    AddressFields(store, ui, c, read_only);
    const RequisiteLinksCache& links = Links(store, ui, c);
    const auto links_enabled = [&](auto draw) {  // the links stay usable when read-only
        ImGui::EndDisabled();
        draw();
        ImGui::BeginDisabled(read_only);
    };
    ListField(store, ui, c, Str::FieldPhones, &Client::phones, field_w);
    FieldProblems(problems, RequisiteField::Phone, c, field_w);
    ImGui::EndDisabled();
    DrawDuplicateWarning(store, ui, c, true, field_w + label_w + style.ItemInnerSpacing.x, read_only);
    ImGui::BeginDisabled(read_only);
    links_enabled([&] { LinkLine(links.phones, ICON_PHONE, field_w); });
    ListField(store, ui, c, Str::FieldEmails, &Client::emails, field_w);
    FieldProblems(problems, RequisiteField::Email, c, field_w);
    links_enabled([&] { LinkLine(links.emails, ICON_ENVELOPE, field_w); });
    ImGui::TextDisabled("%s", Tr(Str::OnePerLine));
    TextField(store, ui, c, Str::FieldWebsite, &Client::website);
    FieldProblems(problems, RequisiteField::Website, c, field_w);
    if (!links.website_url.empty()) {
        links_enabled([&] {
            ImGui::TextDisabled("%s", ICON_EXTERNAL);
            ImGui::SameLine(0, ImGui::GetStyle().ItemInnerSpacing.x);
            LinkText(c.website.c_str(), links.website_url);
        });
    }
    NotesField(store, ui, c, field_w);

    ImGui::PopItemWidth();
    ImGui::EndDisabled();

    if (!c.created_at.empty()) {
        char date[32];
        FormatDate(c.created_at.LocalDate(), date, sizeof date);
        ImGui::TextDisabled(Tr(Str::CreatedAt), date);
    }
}

}  // namespace card

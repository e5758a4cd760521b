// Software products and 1C infobases of the client (Main tab, left half).
// Two tables; a row is added or edited in a form under its table (a draft, written by Save
// as a modified copy of the client), removed at once with an Undo bar. Infobases that need
// an update are tinted, carry a badge, and are counted in a bar under the section title so
// that a service engineer sees them at a glance; "mark updated today" clears the flag.
#include <algorithm>
#include <cstdio>
#include <cstring>
#include <string_view>

#include "imgui.h"
#include "platform/platform.h"
#include "ui/i18n.h"
#include "ui/icons.h"
#include "ui/main_sections.h"
#include "ui/widgets.h"

namespace card {
namespace {

constexpr ImU32 kBadgeBg = IM_COL32(250, 205, 130, 255);
constexpr int64_t kMaxLicenses = 1000000000;

// ---- Typed values

enum class DateInput { Ok, Empty, BadFormat, NoSuchDay };

// DD.MM.YYYY (the Russian way) or YYYY-MM-DD (ISO, the English way): both are accepted
// in both languages, the separators tell them apart. Empty text is no date.
DateInput ParseTypedDate(std::string_view text, Date& out) {
    const std::string_view s = TrimmedView(text);
    if (s.empty()) return DateInput::Empty;
    unsigned parts[3] = {0, 0, 0};
    size_t digits[3] = {0, 0, 0};
    char sep = 0;
    size_t part = 0;
    for (char ch : s) {
        if (ch >= '0' && ch <= '9') {
            if (digits[part] >= 4) return DateInput::BadFormat;
            parts[part] = parts[part] * 10 + static_cast<unsigned>(ch - '0');
            ++digits[part];
        } else if ((ch == '.' || ch == '-' || ch == '/') && part < 2 && digits[part] > 0 && (!sep || ch == sep)) {
            sep = ch;
            ++part;
        } else {
            return DateInput::BadFormat;
        }
    }
    if (part != 2 || digits[2] == 0) return DateInput::BadFormat;
    int y;
    unsigned m, d;
    if (sep == '-' && digits[0] == 4 && digits[1] <= 2 && digits[2] <= 2) {
        y = static_cast<int>(parts[0]), m = parts[1], d = parts[2];
    } else if ((sep == '.' || sep == '/') && digits[0] <= 2 && digits[1] <= 2 && digits[2] == 4) {
        d = parts[0], m = parts[1], y = static_cast<int>(parts[2]);
    } else {
        return DateInput::BadFormat;
    }
    if (y < 1 || !IsRealDay(y, m, d)) return DateInput::NoSuchDay;
    out = Date::FromYmd(y, m, d);
    return DateInput::Ok;
}

bool ParseLicenses(std::string_view text, int64_t& out) {
    const std::string_view s = TrimmedView(text);
    if (s.empty()) {
        out = 0;
        return true;
    }
    int64_t v = 0;
    for (char ch : s) {
        if (ch == ' ' || ch == '\xC2' || ch == '\xA0') continue;  // group separators
        if (ch < '0' || ch > '9') return false;
        v = v * 10 + (ch - '0');
        if (v > kMaxLicenses) return false;
    }
    out = v;
    return true;
}

// ---- Small widgets

// A square button showing an icon; `label` ("Edit###prod_edit") names it for automation
// and is its tooltip.
bool SquareIconButton(const char* icon, const char* label, ImU32 icon_color = 0) {
    const float h = ImGui::GetFrameHeight();
    const bool pressed = ImGui::InvisibleButton(label, ImVec2(h, h));
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    if (ImGui::IsItemActive())
        dl->AddRectFilled(a, b, ImGui::GetColorU32(ImGuiCol_ButtonActive), ImGui::GetStyle().FrameRounding);
    else if (ImGui::IsItemHovered())
        dl->AddRectFilled(a, b, ImGui::GetColorU32(ImGuiCol_ButtonHovered), ImGui::GetStyle().FrameRounding);
    const ImVec2 sz = ImGui::CalcTextSize(icon);
    const ImU32 col = icon_color ? icon_color : ImGui::GetColorU32(ImGuiCol_Text);
    dl->AddText(ImVec2(a.x + (h - sz.x) * 0.5f, a.y + (h - sz.y) * 0.5f), col, icon);
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_ForTooltip)) {
        const char* end = std::strstr(label, "##");
        ImGui::SetTooltip("%.*s", static_cast<int>(end ? end - label : static_cast<std::ptrdiff_t>(std::strlen(label))),
                          label);
    }
    return pressed;
}

// The "needs update" badge: the refresh icon and the words on an amber pill (the icon
// alone, with the words as its tooltip, in a column too narrow for them).
void NeedsUpdateBadge() {
    char text[128];
    std::snprintf(text, sizeof text, ICON_REFRESH " %s", Tr(Str::ProdNeedsUpdate));
    const float px = ImGui::GetStyle().FramePadding.x * 0.6f, py = 1.0f;
    ImVec2 sz = ImGui::CalcTextSize(text);
    const bool icon_only = sz.x + px * 2 > ImGui::GetContentRegionAvail().x;
    if (icon_only) {
        std::snprintf(text, sizeof text, ICON_REFRESH);
        sz = ImGui::CalcTextSize(text);
    }
    const ImVec2 p = ImGui::GetCursorScreenPos();
    ImGui::Dummy(ImVec2(sz.x + px * 2, sz.y + py * 2));
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(p, ImVec2(p.x + sz.x + px * 2, p.y + sz.y + py * 2), kBadgeBg, sz.y * 0.5f);
    dl->AddText(ImVec2(p.x + px, p.y + py), ImGui::GetColorU32(colors::kErrorText), text);
    if (icon_only && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", Tr(Str::ProdNeedsUpdate));
}

// A row's name (wrapped in its cell, findable by tests), or "(no name)".
void TextOrNone(const std::string& s) {
    if (s.empty())
        DisabledHint(Tr(Str::ProdUnnamed));
    else
        TextHint(s.c_str());
}

void WrappedCell(const std::string& s) {
    if (s.empty()) return;
    ImGui::PushTextWrapPos(0);
    ImGui::TextUnformatted(s.c_str());
    ImGui::PopTextWrapPos();
}

// ---- Editing

void StartEdit(SectionsUi& s, const Client& c, SoftwareKind kind, int index) {
    SoftwareEdit& e = s.edit;
    e.kind = kind;
    e.client_id = c.id;
    e.index = index;
    e.focus = true;
    e.tried_save = false;
    e.product = Product{};
    e.infobase = Infobase{};
    e.licenses_text.clear();
    e.date_text.clear();
    if (kind == SoftwareKind::Product && index >= 0) {
        e.product = c.products[static_cast<size_t>(index)];
        if (e.product.licenses != 0) e.licenses_text = std::to_string(e.product.licenses);
    } else if (kind == SoftwareKind::Infobase && index >= 0) {
        e.infobase = c.infobases[static_cast<size_t>(index)];
        char date[32];
        FormatDate(e.infobase.updated_on, date, sizeof date);
        e.date_text = date;
    }
}

void Remove(Store& store, SectionsUi& s, const Client& c, SoftwareKind kind, int index) {
    Client copy = c;
    SoftwareUndo& u = s.undo;
    u.kind = kind;
    u.client_id = c.id;
    u.index = index;
    if (kind == SoftwareKind::Product) {
        u.product = std::move(copy.products[static_cast<size_t>(index)]);
        copy.products.erase(copy.products.begin() + index);
    } else {
        u.infobase = std::move(copy.infobases[static_cast<size_t>(index)]);
        copy.infobases.erase(copy.infobases.begin() + index);
    }
    store.clients.Upsert(std::move(copy));
    // The form of a row below the removed one follows it up; the removed row's form closes.
    if (s.edit.kind == kind && s.edit.index >= 0) {
        if (s.edit.index == index)
            s.edit.kind = SoftwareKind::None;
        else if (s.edit.index > index)
            --s.edit.index;
    }
}

void Undo(Store& store, SectionsUi& s, const Client& c) {
    SoftwareUndo& u = s.undo;
    Client copy = c;
    if (u.kind == SoftwareKind::Product) {
        const size_t at = std::min(static_cast<size_t>(u.index), copy.products.size());
        copy.products.insert(copy.products.begin() + static_cast<std::ptrdiff_t>(at), std::move(u.product));
        if (s.edit.kind == SoftwareKind::Product && s.edit.index >= static_cast<int>(at)) ++s.edit.index;
    } else {
        const size_t at = std::min(static_cast<size_t>(u.index), copy.infobases.size());
        copy.infobases.insert(copy.infobases.begin() + static_cast<std::ptrdiff_t>(at), std::move(u.infobase));
        if (s.edit.kind == SoftwareKind::Infobase && s.edit.index >= static_cast<int>(at)) ++s.edit.index;
    }
    store.clients.Upsert(std::move(copy));
    u.kind = SoftwareKind::None;
}

void Problem(const char* text) {
    ImGui::PushStyleColor(ImGuiCol_Text, colors::kErrorText);
    TextHint(text);
    ImGui::PopStyleColor();
}

// The form under a table: the draft in ui.sections.edit; Save writes it as a modified copy
// of the client, refused (with the reason under the field) while a field is invalid.
void DrawForm(Store& store, UiState& ui, const Client& c) {
    SectionsUi& s = ui.sections;
    SoftwareEdit& e = s.edit;
    const bool product = e.kind == SoftwareKind::Product;
    const ImGuiStyle& style = ImGui::GetStyle();
    const float em = ImGui::GetFontSize();

    Str labels_p[] = {Str::ProdFieldName, Str::ProdFieldVersion, Str::ProdFieldLicenses, Str::ProdFieldNotes};
    Str labels_i[] = {Str::ProdFieldName, Str::ProdFieldConfiguration, Str::ProdFieldVersion, Str::ProdFieldUpdated,
                      Str::ProdFieldNotes};
    float label_w = 0;
    for (Str l : labels_p) label_w = std::max(label_w, ImGui::CalcTextSize(Tr(l), nullptr, true).x);
    for (Str l : labels_i) label_w = std::max(label_w, ImGui::CalcTextSize(Tr(l), nullptr, true).x);

    ImGui::Spacing();
    const ImVec2 top = ImGui::GetCursorScreenPos();
    const float avail = ImGui::GetContentRegionAvail().x;
    ImGui::Indent(style.FramePadding.x * 2);
    ImGui::Dummy(ImVec2(0, style.FramePadding.y));
    const float field_w = std::max(em * 8, std::min(avail - label_w - style.ItemInnerSpacing.x - style.FramePadding.x * 4,
                                                    em * 30));
    TextHint(Tr(product ? (e.index < 0 ? Str::ProdNewProduct : Str::ProdEditProduct)
                        : (e.index < 0 ? Str::ProdNewInfobase : Str::ProdEditInfobase)));
    ImGui::PushItemWidth(field_w);
    if (e.focus) {
        ImGui::SetWindowFocus();
        ImGui::SetKeyboardFocusHere();
        e.focus = false;
    }
    std::string& name = product ? e.product.name : e.infobase.name;
    InputString(Tr(Str::ProdFieldName), name);
    const bool name_ok = !TrimmedView(name).empty();
    if (!name_ok && e.tried_save) Problem(Tr(Str::ProdNameRequired));

    bool licenses_ok = true, date_ok = true;
    int64_t licenses = 0;
    Date updated;
    const float notes_h = ImGui::GetTextLineHeight() * 3 + style.FramePadding.y * 2;
    if (product) {
        InputString(Tr(Str::ProdFieldVersion), e.product.version);
        InputStringWithHint(Tr(Str::ProdFieldLicenses), "0", e.licenses_text, ImGuiInputTextFlags_CharsDecimal);
        licenses_ok = ParseLicenses(e.licenses_text, licenses);
        if (!licenses_ok) Problem(Tr(Str::ProdLicensesInvalid));
        InputStringMultiline(Tr(Str::ProdFieldNotes), e.product.notes, ImVec2(field_w, notes_h));
    } else {
        InputString(Tr(Str::ProdFieldConfiguration), e.infobase.configuration);
        InputString(Tr(Str::ProdFieldVersion), e.infobase.version);
        // [date][Today] Last updated: the field's label follows the button, so the field is
        // labelled for the test hooks by hand.
        const float today_w = ImGui::CalcTextSize(Tr(Str::ProdToday), nullptr, true).x + style.FramePadding.x * 2;
        ImGui::SetNextItemWidth(std::max(em * 6, field_w - today_w - style.ItemInnerSpacing.x));
        InputStringWithHint("##prod_f_updated", Tr(Str::ProdDateHint), e.date_text);
        ReportLastItem(Tr(Str::ProdFieldUpdated));
        const bool date_active = ImGui::IsItemActive();
        ImGui::SameLine(0, style.ItemInnerSpacing.x);
        if (ImGui::Button(Tr(Str::ProdToday))) {
            char date[32];
            FormatDate(platform::Now().LocalDate(), date, sizeof date);
            e.date_text = date;
        }
        ImGui::SameLine(0, style.ItemInnerSpacing.x);
        const char* label = Tr(Str::ProdFieldUpdated);
        ImGui::TextUnformatted(label, std::strstr(label, "###"));
        const DateInput d = ParseTypedDate(e.date_text, updated);
        date_ok = d == DateInput::Ok || d == DateInput::Empty;
        if (d == DateInput::Empty) updated = Date{};
        if (!date_ok && (!date_active || e.tried_save)) {
            char msg[256];
            if (d == DateInput::NoSuchDay) {
                std::snprintf(msg, sizeof msg, Tr(Str::ProdDateNoSuchDay), std::string(TrimmedView(e.date_text)).c_str());
                Problem(msg);
            }
            Problem(Tr(Str::ProdDateInvalid));
        }
        ImGui::Checkbox(Tr(Str::ProdFieldNeedsUpdate), &e.infobase.needs_update);
        InputStringMultiline(Tr(Str::ProdFieldNotes), e.infobase.notes, ImVec2(field_w, notes_h));
    }
    ImGui::PopItemWidth();

    if (ImGui::Button(Tr(Str::ProdSave))) {
        e.tried_save = true;
        if (name_ok && licenses_ok && date_ok) {
            Client copy = c;
            if (product) {
                e.product.licenses = licenses;
                e.product.name.assign(TrimmedView(e.product.name));
                if (e.index >= 0 && static_cast<size_t>(e.index) < copy.products.size())
                    copy.products[static_cast<size_t>(e.index)] = e.product;
                else
                    copy.products.push_back(e.product);
            } else {
                e.infobase.updated_on = updated;
                e.infobase.name.assign(TrimmedView(e.infobase.name));
                if (e.index >= 0 && static_cast<size_t>(e.index) < copy.infobases.size())
                    copy.infobases[static_cast<size_t>(e.index)] = e.infobase;
                else
                    copy.infobases.push_back(e.infobase);
            }
            store.clients.Upsert(std::move(copy));
            e.kind = SoftwareKind::None;
        }
    }
    ImGui::SameLine();
    if (ImGui::Button(Tr(Str::ProdCancel))) e.kind = SoftwareKind::None;
    ImGui::Dummy(ImVec2(0, style.FramePadding.y));
    ImGui::Unindent(style.FramePadding.x * 2);
    const ImVec2 bottom(top.x + avail, ImGui::GetCursorScreenPos().y - style.ItemSpacing.y * 0.5f);
    ImGui::GetWindowDrawList()->AddRect(top, bottom, ImGui::GetColorU32(ImGuiCol_Border), style.FrameRounding);
    ImGui::Spacing();
}

// ---- Tables

constexpr ImGuiTableFlags kTableFlags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                        ImGuiTableFlags_BordersOuter | ImGuiTableFlags_SizingFixedFit |
                                        ImGuiTableFlags_NoSavedSettings;

// Edit and Remove for a row; returns true when the row was removed (stop drawing it).
bool RowActions(Store& store, SectionsUi& s, const Client& c, SoftwareKind kind, int index) {
    if (SquareIconButton(ICON_PENCIL, Tr(Str::ProdEdit))) StartEdit(s, c, kind, index);
    ImGui::SameLine(0, 2);
    if (SquareIconButton(ICON_TRASH, Tr(Str::ProdRemove))) {
        Remove(store, s, c, kind, index);
        return true;
    }
    return false;
}

void DrawProducts(Store& store, UiState& ui, const Client& c, bool read_only) {
    SectionsUi& s = ui.sections;
    ImGui::TextDisabled(ICON_CUBE);
    ImGui::SameLine();
    ImGui::TextUnformatted(Tr(Str::ProdProducts));
    if (c.products.empty()) {
        DisabledHint(Tr(Str::ProdNoProducts));
    } else if (ImGui::BeginTable("##products", 5, kTableFlags)) {
        ImGui::TableSetupColumn(Tr(Str::ProdColName), ImGuiTableColumnFlags_WidthStretch, 1.4f);
        ImGui::TableSetupColumn(Tr(Str::ProdColVersion));
        ImGui::TableSetupColumn(Tr(Str::ProdColLicenses));
        ImGui::TableSetupColumn(Tr(Str::ProdColNotes), ImGuiTableColumnFlags_WidthStretch, 1.0f);
        ImGui::TableSetupColumn("##actions");
        ImGui::TableHeadersRow();
        for (size_t i = 0; i < c.products.size(); ++i) {
            const Product& p = c.products[i];
            ImGui::PushID(static_cast<int>(i));
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            TextOrNone(p.name);
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(p.version.c_str());
            ImGui::TableNextColumn();
            if (p.licenses != 0) {
                char n[32];
                std::snprintf(n, sizeof n, "%lld", static_cast<long long>(p.licenses));
                ImGui::SetCursorPosX(ImGui::GetCursorPosX() + ImGui::GetContentRegionAvail().x -
                                     ImGui::CalcTextSize(n).x);
                ImGui::TextUnformatted(n);
            }
            ImGui::TableNextColumn();
            WrappedCell(p.notes);
            ImGui::TableNextColumn();
            ImGui::BeginDisabled(read_only);
            const bool removed = RowActions(store, s, c, SoftwareKind::Product, static_cast<int>(i));
            ImGui::EndDisabled();
            ImGui::PopID();
            if (removed) break;  // `c` is stale now; the next frame draws the rest
        }
        ImGui::EndTable();
    }
    if (s.edit.kind == SoftwareKind::Product && !read_only) {
        DrawForm(store, ui, c);
    } else {
        ImGui::BeginDisabled(read_only);
        if (ImGui::SmallButton(Tr(Str::ProdAddProduct))) StartEdit(s, c, SoftwareKind::Product, -1);
        ImGui::EndDisabled();
    }
}

void DrawInfobases(Store& store, UiState& ui, const Client& c, bool read_only) {
    SectionsUi& s = ui.sections;
    ImGui::TextDisabled(ICON_DATABASE);
    ImGui::SameLine();
    ImGui::TextUnformatted(Tr(Str::ProdInfobases));
    if (c.infobases.empty()) {
        DisabledHint(Tr(Str::ProdNoInfobases));
    } else if (ImGui::BeginTable("##infobases", 5, kTableFlags)) {
        ImGui::TableSetupColumn(Tr(Str::ProdColInfobase), ImGuiTableColumnFlags_WidthStretch, 1.6f);
        ImGui::TableSetupColumn(Tr(Str::ProdColVersion));
        ImGui::TableSetupColumn(Tr(Str::ProdColUpdated));
        ImGui::TableSetupColumn(Tr(Str::ProdColNotes), ImGuiTableColumnFlags_WidthStretch, 1.0f);
        ImGui::TableSetupColumn("##actions");
        ImGui::TableHeadersRow();
        char date[32];
        for (size_t i = 0; i < c.infobases.size(); ++i) {
            const Infobase& b = c.infobases[i];
            ImGui::PushID(static_cast<int>(i));
            ImGui::TableNextRow();
            if (b.needs_update) ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg1, colors::kWarningBg);
            ImGui::TableNextColumn();
            TextOrNone(b.name);
            if (!b.configuration.empty()) DisabledHint(b.configuration.c_str());
            if (b.needs_update) NeedsUpdateBadge();
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(b.version.c_str());
            ImGui::TableNextColumn();
            FormatDate(b.updated_on, date, sizeof date);
            ImGui::TextUnformatted(date);
            ImGui::TableNextColumn();
            WrappedCell(b.notes);
            ImGui::TableNextColumn();
            ImGui::BeginDisabled(read_only);
            bool removed = RowActions(store, s, c, SoftwareKind::Infobase, static_cast<int>(i));
            if (!removed && b.needs_update) ImGui::SameLine(0, 2);
            if (!removed && b.needs_update &&
                SquareIconButton(ICON_CHECK, Tr(Str::ProdMarkUpdated), ImGui::GetColorU32(colors::kOkText))) {
                Client copy = c;
                copy.infobases[i].needs_update = false;
                copy.infobases[i].updated_on = platform::Now().LocalDate();
                store.clients.Upsert(std::move(copy));
                removed = true;  // `c` is stale as well
            }
            ImGui::EndDisabled();
            ImGui::PopID();
            if (removed) break;
        }
        ImGui::EndTable();
    }
    if (s.edit.kind == SoftwareKind::Infobase && !read_only) {
        DrawForm(store, ui, c);
    } else {
        ImGui::BeginDisabled(read_only);
        if (ImGui::SmallButton(Tr(Str::ProdAddInfobase))) StartEdit(s, c, SoftwareKind::Infobase, -1);
        ImGui::EndDisabled();
    }
}

}  // namespace

void DrawProductsSection(Store& store, UiState& ui, const Client& c, bool read_only) {
    SectionsUi& s = ui.sections;
    if (s.edit.kind != SoftwareKind::None && s.edit.client_id != c.id) s.edit.kind = SoftwareKind::None;
    if (s.undo.kind != SoftwareKind::None && s.undo.client_id != c.id) s.undo.kind = SoftwareKind::None;
    if (read_only) s.undo.kind = SoftwareKind::None;

    ImGui::SeparatorText(Tr(Str::ProdSection));
    int need = 0;
    for (const Infobase& b : c.infobases) need += b.needs_update ? 1 : 0;
    char text[512];
    if (need > 0) {
        const char* fmt = TrPlural(need, Str::ProdNeedUpdateOne, Str::ProdNeedUpdateFew, Str::ProdNeedUpdateMany);
        char summary[256];
        std::snprintf(summary, sizeof summary, fmt, need);
        std::snprintf(text, sizeof text, ICON_REFRESH " %s", summary);
        ImGui::PushStyleColor(ImGuiCol_Text, colors::kErrorText);
        BannerBar(colors::kWarningBg, text);
        ImGui::PopStyleColor();
    }
    if (s.undo.kind != SoftwareKind::None) {
        const bool product = s.undo.kind == SoftwareKind::Product;
        const std::string& name = product ? s.undo.product.name : s.undo.infobase.name;
        std::snprintf(text, sizeof text, Tr(product ? Str::ProdRemovedProduct : Str::ProdRemovedInfobase),
                      name.empty() ? Tr(Str::ProdUnnamed) : name.c_str());
        if (BannerBar(colors::kInfoBg, text, Tr(Str::ProdUndo))) {
            Undo(store, s, c);
            return;  // `c` is stale: the next frame draws the restored row
        }
    }
    DrawProducts(store, ui, c, read_only);
    ImGui::Spacing();
    const Client* now = store.clients.Find(c.id);  // a row action above may have replaced it
    if (!now) return;
    DrawInfobases(store, ui, *now, read_only);
}

}  // namespace card

// The Relationships tab: the client's links to other companies, and its group of companies.
//
// A relationship is stored once and shown on both cards, on the second with the inverse
// wording (model/relationships.h: "Parent company of" reads "Subsidiary of", "Supplier to"
// reads "Customer of"). The list shows, per link, the kind as read from this card, the
// other company (its name opens its card, staying on this tab) with its INN, the note, and
// edit / remove buttons; it is ordered by kind, then name. "Add link" opens the form
// (relationships_form.cpp). A removal can be undone until the next one or another card.
//
// The group of companies (parent / subsidiary and same-group links, model BuildGroupTree)
// is an indented tree from the top parent(s), the current company highlighted, every other
// company clickable. Wide cards show the list and the group side by side, narrow ones one
// under the other. Both are cached by the collections' versions: drawing an unchanged tab
// sorts and walks nothing.
#include <algorithm>
#include <cstdio>
#include <cstring>

#include "imgui.h"
#include "ui/client_filter.h"
#include "ui/i18n.h"
#include "ui/icons.h"
#include "ui/panels.h"
#include "ui/relationships_parts.h"
#include "ui/widgets.h"

namespace card {

const char* ReadingLabel(RelationReading reading) {
    switch (reading) {
        case RelationReading::ParentOf: return Tr(Str::RelParentOf);
        case RelationReading::SubsidiaryOf: return Tr(Str::RelSubsidiaryOf);
        case RelationReading::SameGroup: return Tr(Str::RelSameGroup);
        case RelationReading::Partner: return Tr(Str::RelPartner);
        case RelationReading::SupplierTo: return Tr(Str::RelSupplierTo);
        case RelationReading::CustomerOf: return Tr(Str::RelCustomerOf);
        case RelationReading::Competitor: return Tr(Str::RelCompetitor);
        case RelationReading::Affiliated: return Tr(Str::RelAffiliated);
    }
    return "";
}

const char* CompanyName(const Store& store, const std::string& id) {
    const Client* c = store.clients.Find(id);
    if (!c) return Tr(Str::MissingClient);
    return c->name.empty() ? Tr(Str::NoName) : c->name.c_str();
}

std::string ChainText(const Store& store, const LinkCheck& check) {
    std::string out;
    for (size_t i = 0; i < check.chain.size(); ++i) {
        if (i) out += " \xE2\x80\xBA ";  // " › "
        out += CompanyName(store, check.chain[i]);
    }
    return out;
}

namespace {

constexpr ImVec4 kLinkColor{0.10f, 0.36f, 0.78f, 1.0f};
constexpr ImU32 kCurrentBg = IM_COL32(222, 236, 252, 255);
constexpr ImU32 kGuideColor = IM_COL32(180, 188, 204, 255);
constexpr ImU32 kTagBg = IM_COL32(232, 236, 244, 255);
constexpr int kMaxIndent = 16;  // deeper rows keep this indentation

// ---- Caches

const RelationshipRowsCache& Rows(const Store& store, RelationshipsUi& ru, const Client& c) {
    RelationshipRowsCache& r = ru.rows;
    if (r.client_id == c.id && r.store == &store && r.rel_version == store.relationships.Version() &&
        r.client_version == store.clients.Version())
        return r;
    r.client_id = c.id;
    r.store = &store;
    r.rel_version = store.relationships.Version();
    r.client_version = store.clients.Version();
    ++r.built;
    const auto& all = store.relationships.All();
    const auto& owned = store.relationships.OwnedBy(c.id);
    r.order.assign(owned.begin(), owned.end());
    auto other_of = [&](const Relationship& x) -> const std::string& {
        return x.from_client_id == c.id ? x.to_client_id : x.from_client_id;
    };
    std::sort(r.order.begin(), r.order.end(), [&](uint32_t a, uint32_t b) {
        const Relationship &x = all[a], &y = all[b];
        const RelationReading rx = ReadingOn(x, c.id), ry = ReadingOn(y, c.id);
        if (rx != ry) return rx < ry;
        if (const int cmp = CompareFolded(CompanyName(store, other_of(x)), CompanyName(store, other_of(y))))
            return cmp < 0;
        return x.id < y.id;
    });
    return r;
}

// The group tree with its guide lines, rebuilt with the collections.
const GroupCache& Group(const Store& store, RelationshipsUi& ru, const Client& c) {
    GroupCache& g = ru.group;
    if (g.client_id == c.id && g.store == &store && g.rel_version == store.relationships.Version() &&
        g.client_version == store.clients.Version())
        return g;
    g.client_id = c.id;
    g.store = &store;
    g.rel_version = store.relationships.Version();
    g.client_version = store.clients.Version();
    ++g.built;
    g.tree = BuildGroupTree(store, c.id, &CompareFolded);
    // Backwards: a row is the last child when no later row of its depth comes before a
    // shallower one; the same tells which ancestors' lines go on past it.
    const auto& rows = g.tree.rows;
    g.last.assign(rows.size(), 0);
    g.through.assign(rows.size(), 0);
    std::vector<char> later;  // by depth: a later row of that depth is still "open"
    for (size_t i = rows.size(); i-- > 0;) {
        const size_t d = static_cast<size_t>(rows[i].depth);
        if (later.size() <= d) later.resize(d + 1, 0);
        g.last[i] = !later[d];
        std::fill(later.begin() + static_cast<std::ptrdiff_t>(d) + 1, later.end(), 0);
        uint32_t mask = 0;
        for (size_t k = 1; k < d && k < 32; ++k)
            if (later[k]) mask |= 1u << k;
        g.through[i] = mask;
        later[d] = 1;
    }
    return g;
}

// ---- Small widgets

// The other company's name as a link that opens its card (automation label "Open card:
// <name>", which is also its tooltip). Wrapped at `wrap_w`.
bool CompanyLink(const char* name, const char* id_suffix, float wrap_w, bool enabled = true) {
    char label[512];
    std::snprintf(label, sizeof label, Tr(Str::RelOpenCard), name);
    const size_t shown = std::strlen(label);
    std::snprintf(label + shown, sizeof label - shown, "###%s", id_suffix);
    const ImVec2 size = ImGui::CalcTextSize(name, nullptr, false, wrap_w);
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const bool clicked = enabled && ImGui::InvisibleButton(label, ImVec2(std::max(size.x, 1.0f), size.y));
    if (!enabled) ImGui::Dummy(size);
    const bool hovered = enabled && ImGui::IsItemHovered();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImU32 col = ImGui::GetColorU32(enabled ? kLinkColor : ImGui::GetStyleColorVec4(ImGuiCol_Text));
    dl->AddText(ImGui::GetFont(), ImGui::GetFontSize(), at, col, name, nullptr, wrap_w);
    if (hovered) {
        ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
        dl->AddLine(ImVec2(at.x, at.y + size.y - 1), ImVec2(at.x + size.x, at.y + size.y - 1), col);
        ImGui::SetTooltip("%.*s", static_cast<int>(shown), label);
    }
    return clicked;
}

// A borderless icon button whose label (before "###") is its tooltip and its name for
// automation: "Remove the link with ООО «Ромашка»".
bool RowIconButton(const char* icon, const char* label) {
    const float h = ImGui::GetFrameHeight();
    const bool pressed = ImGui::InvisibleButton(label, ImVec2(h, h));
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    if (ImGui::IsItemActive() || ImGui::IsItemHovered())
        dl->AddRectFilled(a, b, ImGui::GetColorU32(ImGui::IsItemActive() ? ImGuiCol_ButtonActive : ImGuiCol_ButtonHovered),
                          ImGui::GetStyle().FrameRounding);
    const ImVec2 sz = ImGui::CalcTextSize(icon);
    dl->AddText(ImVec2(a.x + (h - sz.x) * 0.5f, a.y + (h - sz.y) * 0.5f), ImGui::GetColorU32(ImGuiCol_TextDisabled),
                icon);
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_ForTooltip)) {
        const char* end = std::strstr(label, "###");
        ImGui::SetTooltip("%.*s", static_cast<int>(end ? end - label : static_cast<std::ptrdiff_t>(std::strlen(label))),
                          label);
    }
    return pressed;
}

// A small grey tag after a name ("same group", "this card").
void Tag(const char* text, ImU32 bg = kTagBg, const ImVec4* color = nullptr) {
    const float pad = ImGui::GetFontSize() * 0.35f;
    const ImVec2 size = ImGui::CalcTextSize(text);
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const float h = ImGui::GetTextLineHeight();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(p, ImVec2(p.x + size.x + pad * 2, p.y + h), bg, h * 0.5f);
    dl->AddText(ImVec2(p.x + pad, p.y),
                ImGui::GetColorU32(color ? *color : ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled)), text);
    ImGui::Dummy(ImVec2(size.x + pad * 2, h));
    ReportLastItem(text);
}

// ---- Writes

void RemoveLink(Store& store, RelationshipsUi& ru, const std::string& id) {
    const Relationship* r = store.relationships.Find(id);
    if (!r) return;
    ru.removed = *r;
    ru.has_undo = true;
    if (ru.form.editing_id == id) CloseRelationshipForm(ru);
    store.relationships.Remove(ru.removed.id);
}

void UndoRemove(Store& store, RelationshipsUi& ru) {
    ru.has_undo = false;
    Relationship r = std::move(ru.removed);
    ru.removed = Relationship{};
    // Put back only what is still valid: both companies there, not re-added meanwhile, no
    // cycle made since.
    if (r.id.empty() || store.relationships.Contains(r.id)) return;
    if (!CheckLink(store, r).ok()) return;
    store.relationships.Upsert(std::move(r));
}

// Another card on screen: the form and the undo do not carry over.
void FollowClient(RelationshipsUi& ru, const Client& c) {
    if (ru.client_id == c.id) return;
    ru.client_id = c.id;
    CloseRelationshipForm(ru);
    ru.has_undo = false;
    ru.removed = Relationship{};
}

// ---- The list

void DrawLinks(Store& store, UiState& ui, const Client& c, bool read_only) {
    RelationshipsUi& ru = ui.relationships;
    const ImGuiStyle& style = ImGui::GetStyle();
    const RelationshipRowsCache& rows = Rows(store, ru, c);
    const auto& all = store.relationships.All();

    char title[256];
    std::snprintf(title, sizeof title, "%s (%d)", Tr(Str::RelLinksTitle), static_cast<int>(rows.order.size()));
    ImGui::SeparatorText(title);
    ReportLastItem(title);

    if (ru.has_undo) {
        const std::string& other =
            ru.removed.from_client_id == c.id ? ru.removed.to_client_id : ru.removed.from_client_id;
        char text[768];
        std::snprintf(text, sizeof text, Tr(Str::RelRemoved), ReadingLabel(ReadingOn(ru.removed, c.id)),
                      CompanyName(store, other));
        if (BannerBar(colors::kInfoBg, text, Tr(Str::RelUndo))) {
            UndoRemove(store, ru);
            return;  // the rows are stale: the next frame draws them
        }
        ImGui::Spacing();
    }

    if (rows.order.empty()) {
        ImGui::PushTextWrapPos(0);
        DisabledHint(Tr(Str::RelationshipsNone));
        ImGui::PopTextWrapPos();
        ImGui::Spacing();
    } else {
        const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                      ImGuiTableFlags_BordersOuter | ImGuiTableFlags_SizingFixedFit |
                                      ImGuiTableFlags_NoSavedSettings;
        const int columns = read_only ? 3 : 4;
        if (ImGui::BeginTable("##relationships", columns, flags)) {
            ImGui::TableSetupColumn(Tr(Str::ColRelation));
            ImGui::TableSetupColumn(Tr(Str::ColClient), ImGuiTableColumnFlags_WidthStretch, 1.3f);
            ImGui::TableSetupColumn(Tr(Str::ColNote), ImGuiTableColumnFlags_WidthStretch, 1.0f);
            if (!read_only) ImGui::TableSetupColumn("##actions");
            ImGui::TableHeadersRow();
            bool changed = false;
            char text[768], id[32];
            for (size_t i = 0; i < rows.order.size() && !changed; ++i) {
                const Relationship& r = all[rows.order[i]];
                const std::string& other_id = r.from_client_id == c.id ? r.to_client_id : r.from_client_id;
                const Client* other = store.clients.Find(other_id);
                const char* name = CompanyName(store, other_id);
                const RelationReading reading = ReadingOn(r, c.id);
                ImGui::PushID(r.id.c_str());
                ImGui::TableNextRow();
                const bool editing = ru.form.open && ru.form.editing_id == r.id;
                if (editing) ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg1, kCurrentBg);
                // The kind; reported with the name ("Customer of ООО «Ромашка»") so that a
                // test finds this very row.
                ImGui::TableNextColumn();
                ImGui::AlignTextToFramePadding();
                ImGui::TextUnformatted(ReadingLabel(reading));
                std::snprintf(text, sizeof text, "%s %s", ReadingLabel(reading), name);
                ReportLastItem(text);
                // The company: its name opens its card; the INN below.
                ImGui::TableNextColumn();
                std::snprintf(id, sizeof id, "rel_open_%zu", i);
                if (other) {
                    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + style.FramePadding.y);
                    if (CompanyLink(name, id, ImGui::GetContentRegionAvail().x)) {
                        ui.SelectClient(other_id);  // the tab stays: its links are seen next
                        changed = true;
                    }
                    if (!other->inn.empty()) ImGui::TextDisabled(Tr(Str::RelInn), other->inn.c_str());
                } else {
                    ImGui::AlignTextToFramePadding();
                    ImGui::TextDisabled("%s %s", name, other_id.c_str());
                }
                // The note.
                ImGui::TableNextColumn();
                if (!r.note.empty()) {
                    ImGui::AlignTextToFramePadding();
                    ImGui::PushTextWrapPos(0);
                    ImGui::TextUnformatted(r.note.c_str());
                    ImGui::PopTextWrapPos();
                }
                // Edit, remove.
                if (!read_only) {
                    ImGui::TableNextColumn();
                    std::snprintf(text, sizeof text, Tr(Str::RelEditTip), name);
                    std::strncat(text, "###rel_edit", sizeof text - std::strlen(text) - 1);
                    if (RowIconButton(ICON_PENCIL, text)) OpenRelationshipForm(ru, c, &r);
                    ImGui::SameLine(0, 2);
                    std::snprintf(text, sizeof text, Tr(Str::RelRemoveTip), name);
                    std::strncat(text, "###rel_remove", sizeof text - std::strlen(text) - 1);
                    if (RowIconButton(ICON_TRASH, text)) {
                        RemoveLink(store, ru, r.id);
                        changed = true;  // `r` is gone: stop drawing this frame
                    }
                }
                ImGui::PopID();
            }
            ImGui::EndTable();
        }
        ImGui::Spacing();
    }

    if (read_only) return;
    if (ru.form.open) {
        DrawRelationshipForm(store, ui, c);
    } else if (IconTextButton(ICON_PLUS, Tr(Str::RelAdd))) {
        OpenRelationshipForm(ru, c, nullptr);
    }
}

// ---- The group of companies

void DrawGroup(const Store& store, UiState& ui, const Client& c) {
    RelationshipsUi& ru = ui.relationships;
    const GroupCache& group = Group(store, ru, c);
    const GroupTree& tree = group.tree;
    const ImGuiStyle& style = ImGui::GetStyle();
    const float em = ImGui::GetFontSize();

    ImGui::SeparatorText(Tr(Str::RelGroupTitle));
    ReportLastItem(Tr(Str::RelGroupTitle));
    if (tree.companies <= 1) {
        ImGui::PushTextWrapPos(0);
        DisabledHint(Tr(Str::RelGroupNone));
        DisabledHint(Tr(Str::RelGroupHint));
        ImGui::PopTextWrapPos();
        return;
    }
    char text[512];
    const int n = static_cast<int>(tree.companies);
    std::snprintf(text, sizeof text, TrPlural(n, Str::RelGroupOne, Str::RelGroupFew, Str::RelGroupMany), n);
    TextHint(text);
    ImGui::SetItemTooltip("%s", Tr(Str::RelGroupHint));
    ImGui::Spacing();

    // One row per entry, indented by depth, with guide lines; only the rows on screen are
    // drawn (a holding of thousands of companies stays smooth).
    const float step = em * 1.4f;
    const float row_h = ImGui::GetTextLineHeightWithSpacing() + style.FramePadding.y;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(tree.rows.size()), row_h);
    while (clipper.Step()) {
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            const GroupRow& row = tree.rows[static_cast<size_t>(i)];
            const int depth = std::min(row.depth, kMaxIndent);
            const ImVec2 start = ImGui::GetCursorScreenPos();
            const float width = ImGui::GetContentRegionAvail().x;
            const bool current = row.client_id == c.id && !row.repeated;
            if (current)
                dl->AddRectFilled(ImVec2(start.x + depth * step - em * 0.3f, start.y),
                                  ImVec2(start.x + width, start.y + row_h - style.ItemSpacing.y * 0.5f), kCurrentBg,
                                  style.FrameRounding);
            // Guides: the lines of ancestors that continue, then this row's elbow.
            const float mid = start.y + (row_h - style.ItemSpacing.y) * 0.5f;
            for (int k = 1; k < depth && k < 32; ++k)
                if (group.through[static_cast<size_t>(i)] & (1u << k)) {
                    const float x = start.x + (k - 1) * step + step * 0.4f;
                    dl->AddLine(ImVec2(x, start.y), ImVec2(x, start.y + row_h), kGuideColor);
                }
            if (depth > 0) {
                const float x = start.x + (depth - 1) * step + step * 0.4f;
                const bool last = group.last[static_cast<size_t>(i)];
                dl->AddLine(ImVec2(x, start.y), ImVec2(x, last ? mid : start.y + row_h), kGuideColor);
                dl->AddLine(ImVec2(x, mid), ImVec2(start.x + depth * step - em * 0.2f, mid), kGuideColor);
            }
            ImGui::PushID(i);
            ImGui::SetCursorScreenPos(ImVec2(start.x + depth * step, start.y + style.FramePadding.y * 0.5f));
            const char* name = CompanyName(store, row.client_id);
            if (row.missing) {
                ImGui::TextDisabled("%s %s", name, row.client_id.c_str());
            } else if (current) {
                ImGui::TextUnformatted(name);
                ReportLastItem(name);
                ImGui::SameLine();
                Tag(Tr(Str::RelGroupThis), IM_COL32(255, 255, 255, 255));
            } else {
                char id[32];
                std::snprintf(id, sizeof id, "grp_open_%d", i);
                ImGui::PushStyleColor(ImGuiCol_Text, row.repeated ? ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled)
                                                                  : ImGui::GetStyleColorVec4(ImGuiCol_Text));
                if (CompanyLink(name, id, 0)) ui.SelectClient(row.client_id);
                ImGui::PopStyleColor();
            }
            if (const Client* k = store.clients.Find(row.client_id); k && !k->inn.empty() && !row.repeated) {
                ImGui::SameLine(0, em * 0.6f);
                ImGui::TextDisabled(Tr(Str::RelInn), k->inn.c_str());
            }
            if (row.repeated) {
                ImGui::SameLine();
                ImGui::TextDisabled("%s", Tr(Str::RelGroupRepeated));
            }
            if (row.same_group) {
                ImGui::SameLine();
                Tag(Tr(Str::RelGroupSameGroup));
            }
            if (row.in_cycle) {
                ImGui::SameLine();
                Tag(Tr(Str::RelGroupCycle), colors::kWarningBg, &colors::kWarningText);
            }
            ImGui::PopID();
            // The row takes exactly row_h (what the clipper counts with).
            ImGui::SetCursorScreenPos(start);
            ImGui::Dummy(ImVec2(1, row_h - style.ItemSpacing.y));
        }
    }
    clipper.End();
    ImGui::Spacing();
    ImGui::PushTextWrapPos(0);
    DisabledHint(Tr(Str::RelGroupHint));
    ImGui::PopTextWrapPos();
}

}  // namespace

void DrawRelationshipsTab(Store& store, UiState& ui, const Client& client, bool read_only) {
    RelationshipsUi& ru = ui.relationships;
    FollowClient(ru, client);
    if (read_only) {
        CloseRelationshipForm(ru);
        ru.has_undo = false;
    }
    const float em = ImGui::GetFontSize();
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    if (avail.x < em * 60) {
        // Narrow: the list, then the group.
        DrawLinks(store, ui, client, read_only);
        if (ui.selected_id != client.id) return;  // a click opened another card
        ImGui::Spacing();
        DrawGroup(store, ui, client);
        return;
    }
    // Wide: the list on the left, the group on the right, each scrolling on its own.
    const ImGuiTableFlags flags = ImGuiTableFlags_Resizable | ImGuiTableFlags_BordersInnerV |
                                  ImGuiTableFlags_NoSavedSettings;
    if (!ImGui::BeginTable("##rel_halves", 2, flags, ImVec2(0, avail.y))) return;
    // The halves fill the cell: the row's height less the cell padding (no outer scrollbar).
    const float half_h = std::max(avail.y - ImGui::GetStyle().CellPadding.y * 2, em * 4);
    ImGui::TableSetupColumn("##rel_links", ImGuiTableColumnFlags_WidthStretch, 0.6f);
    ImGui::TableSetupColumn("##rel_group", ImGuiTableColumnFlags_WidthStretch, 0.4f);
    ImGui::TableNextRow(ImGuiTableRowFlags_None, avail.y);
    ImGui::TableNextColumn();
    if (ImGui::BeginChild("##rel_left", ImVec2(0, half_h), ImGuiChildFlags_None, ImGuiWindowFlags_NavFlattened)) DrawLinks(store, ui, client, read_only);
    ImGui::EndChild();
    ImGui::TableNextColumn();
    if (ImGui::BeginChild("##rel_right", ImVec2(0, half_h), ImGuiChildFlags_None, ImGuiWindowFlags_NavFlattened) && ui.selected_id == client.id)
        DrawGroup(store, ui, client);
    ImGui::EndChild();
    ImGui::EndTable();
}

}  // namespace card

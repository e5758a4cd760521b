// Segmentation of the client (Main tab, left half): segment, industry, size, source,
// status, tags.
// Segment, industry, size, source and the tag being typed offer the values other clients
// already use, most used first, in a dropdown under the active field: filtered by what is
// typed (case-folded, Cyrillic included, prefix matches first), taken by a click or by the
// arrow keys and Enter. The values come from SectionsUi::suggestions, built from all clients
// only when the clients changed and a suggesting field is activated.
#include <algorithm>
#include <cstdio>
#include <cstring>
#include <string_view>
#include <unordered_map>

#include "imgui.h"
#include "imgui_internal.h"
#include "ui/client_filter.h"
#include "ui/i18n.h"
#include "ui/icons.h"
#include "ui/main_sections.h"
#include "ui/widgets.h"

namespace card {
namespace {

constexpr size_t kMaxMatches = 50;  // the dropdown lists at most this many values
constexpr int kVisibleRows = 8;     // and scrolls beyond this many

using TextMember = std::string Client::*;
constexpr TextMember kListMembers[] = {&Client::segment, &Client::industry, &Client::size, &Client::source};

bool Stale(const Store& store, const SuggestionCache& cache) {
    return cache.version != store.clients.Version() || cache.client_count != store.clients.size() ||
           cache.data != static_cast<const void*>(store.clients.All().data());
}

// Counts every distinct value over all clients; spellings that differ only in case (or
// ё/е) are one value, shown in their most frequent spelling.
void RebuildSuggestions(const Store& store, SuggestionCache& cache) {
    std::unordered_map<std::string_view, uint32_t> counts[kSuggestListCount];
    for (const Client& c : store.clients.All()) {
        for (size_t l = 0; l < 4; ++l) {
            const std::string_view v = TrimmedView(c.*kListMembers[l]);
            if (!v.empty()) ++counts[l][v];
        }
        for (const std::string& t : c.tags) {
            const std::string_view v = TrimmedView(t);
            if (!v.empty()) ++counts[static_cast<size_t>(SuggestList::Tags)][v];
        }
    }
    for (size_t l = 0; l < kSuggestListCount; ++l) {
        std::vector<Suggestion>& list = cache.lists[l];
        list.clear();
        list.reserve(counts[l].size());
        for (const auto& [value, n] : counts[l]) {
            Suggestion s;
            s.value.assign(value);
            AppendFolded(value, s.folded);
            s.count = n;
            list.push_back(std::move(s));
        }
        // Merge the spellings of one folded value: the most frequent spelling first.
        std::sort(list.begin(), list.end(), [](const Suggestion& a, const Suggestion& b) {
            if (a.folded != b.folded) return a.folded < b.folded;
            if (a.count != b.count) return a.count > b.count;
            return a.value < b.value;
        });
        size_t out = 0;
        for (size_t i = 0; i < list.size(); ++i) {
            if (out > 0 && list[out - 1].folded == list[i].folded) {
                list[out - 1].count += list[i].count;
                continue;
            }
            if (out != i) list[out] = std::move(list[i]);
            ++out;
        }
        list.resize(out);
        std::stable_sort(list.begin(), list.end(),
                         [](const Suggestion& a, const Suggestion& b) { return a.count > b.count; });
    }
    cache.version = store.clients.Version();
    cache.client_count = store.clients.size();
    cache.data = store.clients.All().data();
    ++cache.rebuilds;
}

bool HasTagFolded(const Client& c, std::string_view folded, std::string& scratch) {
    for (const std::string& t : c.tags) {
        scratch.clear();
        AppendFolded(TrimmedView(t), scratch);
        if (scratch == folded) return true;
    }
    return false;
}

// The matches of what is typed (all values before the first keystroke): prefix matches
// first, then the other substring matches, each most used first. The value already in the
// field, and for tags those the client has, are not offered.
void Refilter(SectionsUi& s, const Client& c, std::string_view typed, bool use_typed) {
    SuggestPopup& p = s.popup;
    p.filter.clear();
    if (use_typed) AppendFolded(TrimmedView(typed), p.filter);
    s.fold_scratch.clear();
    AppendFolded(TrimmedView(typed), s.fold_scratch);
    const std::string& current = s.fold_scratch;  // folded text of the field now
    p.matches.clear();
    const bool tags = p.list == SuggestList::Tags;
    const std::vector<Suggestion>& list = s.suggestions.lists[static_cast<size_t>(p.list)];
    std::string scratch;
    for (int pass = 0; pass < 2 && p.matches.size() < kMaxMatches; ++pass)
        for (uint32_t i = 0; i < list.size() && p.matches.size() < kMaxMatches; ++i) {
            const std::string& f = list[i].folded;
            const size_t at = f.find(p.filter);
            if (at == std::string::npos || (at == 0) != (pass == 0)) continue;
            if (!tags && f == current) continue;
            if (tags && HasTagFolded(c, f, scratch)) continue;
            p.matches.push_back(i);
        }
    p.filtered = true;
    if (p.highlighted >= static_cast<int>(p.matches.size())) p.highlighted = -1;
}

struct FieldCallbackData {
    std::string* text;
    SuggestPopup* popup;
    ImGuiID id;
};

// Grows the std::string; the arrow keys move the highlight in the dropdown.
int FieldCallback(ImGuiInputTextCallbackData* data) {
    auto* d = static_cast<FieldCallbackData*>(data->UserData);
    if (data->EventFlag == ImGuiInputTextFlags_CallbackResize) {
        d->text->resize(static_cast<size_t>(data->BufTextLen));
        data->Buf = d->text->data();
    } else if (data->EventFlag == ImGuiInputTextFlags_CallbackHistory) {
        SuggestPopup& p = *d->popup;
        if (p.field_id != d->id || p.matches.empty()) return 0;
        const int n = static_cast<int>(p.matches.size());
        if (data->EventKey == ImGuiKey_DownArrow)
            p.highlighted = p.highlighted + 1 >= n ? 0 : p.highlighted + 1;
        else if (data->EventKey == ImGuiKey_UpArrow)
            p.highlighted = p.highlighted <= 0 ? n - 1 : p.highlighted - 1;
        p.scroll_to_highlight = true;
    }
    return 0;
}

struct FieldResult {
    bool changed = false;             // the text changed (write it)
    bool enter = false;               // Enter was pressed in the field
    const Suggestion* taken = nullptr;  // a suggestion was chosen
};

// A text field with the dropdown of used values under it while it is active.
FieldResult SuggestField(const Store& store, SectionsUi& s, const Client& c, const char* label, const char* hint,
                         SuggestList list, std::string& text) {
    FieldResult r;
    SuggestPopup& p = s.popup;
    const ImGuiID id = ImGui::GetID(label);
    FieldCallbackData cd{&text, &p, id};
    r.changed = ImGui::InputTextWithHint(label, hint, text.data(), text.capacity() + 1,
                                         ImGuiInputTextFlags_CallbackResize | ImGuiInputTextFlags_CallbackHistory,
                                         FieldCallback, &cd);
    const bool active = ImGui::IsItemActive();
    const ImVec2 field_min = ImGui::GetItemRectMin(), field_max = ImGui::GetItemRectMax();
    if (ImGui::IsItemActivated()) {
        if (Stale(store, s.suggestions)) RebuildSuggestions(store, s.suggestions);
        p.field_id = id;
        p.list = list;
        p.filtered = false;
        p.highlighted = -1;
        p.hovered = false;
        p.filter.clear();
        p.matches.clear();
        p.scroll_to_highlight = false;
        // The text already there shows every other value; typing filters.
        Refilter(s, c, text, false);
    }
    if (p.field_id != id) return r;
    if (r.changed) {
        Refilter(s, c, text, true);
        p.highlighted = -1;
    }
    if (ImGui::IsItemDeactivated() &&
        (ImGui::IsKeyPressed(ImGuiKey_Enter, false) || ImGui::IsKeyPressed(ImGuiKey_KeypadEnter, false))) {
        r.enter = true;
        if (p.highlighted >= 0 && p.highlighted < static_cast<int>(p.matches.size()))
            r.taken = &s.suggestions.lists[static_cast<size_t>(p.list)][p.matches[static_cast<size_t>(p.highlighted)]];
        p.field_id = 0;
        return r;
    }
    if (!p.filtered) Refilter(s, c, text, true);
    if ((!active && !p.hovered) || p.matches.empty()) {
        if (!active) p.field_id = 0;
        p.hovered = false;
        return r;
    }

    // The dropdown: a window of its own, in front, that does not take the keyboard from
    // the field (no focus on appearing, no navigation).
    const ImGuiStyle& style = ImGui::GetStyle();
    const float row_h = ImGui::GetTextLineHeightWithSpacing();
    const int rows = std::min(kVisibleRows, static_cast<int>(p.matches.size()));
    const float height = row_h * static_cast<float>(rows) + style.WindowPadding.y * 2 - style.ItemSpacing.y;
    const float width = std::max(field_max.x - field_min.x, ImGui::GetFontSize() * 12);
    ImVec2 pos(field_min.x, field_max.y);
    if (pos.y + height > ImGui::GetIO().DisplaySize.y && field_min.y - height >= 0) pos.y = field_min.y - height;
    ImGui::SetNextWindowPos(pos);
    ImGui::SetNextWindowSize(ImVec2(width, height));
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing |
                                   ImGuiWindowFlags_NoNav | ImGuiWindowFlags_NoCollapse;
    ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 1.0f);
    if (ImGui::Begin("##suggestions", nullptr, flags)) {
        ImGui::BringWindowToDisplayFront(ImGui::GetCurrentWindow());
        const std::vector<Suggestion>& values = s.suggestions.lists[static_cast<size_t>(p.list)];
        char count[16];
        for (size_t i = 0; i < p.matches.size(); ++i) {
            const Suggestion& v = values[p.matches[i]];
            ImGui::PushID(static_cast<int>(i));
            const bool highlighted = static_cast<int>(i) == p.highlighted;
            if (ImGui::Selectable(v.value.c_str(), highlighted)) r.taken = &v;
            if (highlighted && p.scroll_to_highlight) ImGui::SetScrollHereY();
            std::snprintf(count, sizeof count, "%u", v.count);
            const float count_w = ImGui::CalcTextSize(count).x;
            ImGui::SameLine(ImGui::GetContentRegionMax().x - count_w);
            ImGui::TextDisabled("%s", count);
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", Tr(Str::SegUsedBy));
            ImGui::PopID();
        }
        p.scroll_to_highlight = false;
        p.hovered = ImGui::IsWindowHovered(ImGuiHoveredFlags_AllowWhenBlockedByActiveItem);
    }
    ImGui::End();
    ImGui::PopStyleVar();
    if (r.taken) p.field_id = 0;
    return r;
}

void WriteText(Store& store, const Client& c, TextMember member, std::string_view value) {
    if (c.*member == value) return;
    Client copy = c;
    (copy.*member).assign(value);
    store.clients.Upsert(std::move(copy));
}

void TextWithSuggestions(Store& store, UiState& ui, const Client& c, Str label, SuggestList list,
                         TextMember member) {
    ui.scratch = c.*member;  // reuses the buffer: no allocation per frame
    const FieldResult r = SuggestField(store, ui.sections, c, Tr(label), Tr(Str::SegChooseHint), list, ui.scratch);
    if (r.taken)
        WriteText(store, c, member, r.taken->value);
    else if (r.changed)
        WriteText(store, c, member, ui.scratch);
}

void StatusCombo(Store& store, const Client& c) {
    if (!BeginFindableCombo(Tr(Str::SegStatus), EnumLabel(c.status))) return;
    for (size_t i = 0; i < EnumCount<ClientStatus>(); ++i) {
        const auto v = static_cast<ClientStatus>(i);
        ImGui::PushID(static_cast<int>(i));
        if (ImGui::Selectable(EnumLabel(v), v == c.status) && v != c.status) {
            Client copy = c;
            copy.status = v;
            store.clients.Upsert(std::move(copy));
        }
        if (v == c.status) ImGui::SetItemDefaultFocus();
        ImGui::PopID();
    }
    ImGui::EndCombo();
}

void AddTag(Store& store, UiState& ui, const Client& c, std::string_view typed) {
    const std::string_view tag = TrimmedView(typed);
    if (tag.empty()) return;
    std::string folded, scratch;
    AppendFolded(tag, folded);
    if (HasTagFolded(c, folded, scratch)) return;  // already there (in any case)
    Client copy = c;
    copy.tags.emplace_back(tag);
    store.clients.Upsert(std::move(copy));
    NoteClientEdited(store, ui, c.id);
}

// The tags as chips, each with its remove button, wrapped to the width.
void TagChips(Store& store, const Client& c, bool read_only) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const float h = ImGui::GetFrameHeight();
    const float pad = style.FramePadding.x;
    const float icon_w = ImGui::CalcTextSize(ICON_TAG).x;
    const float x_w = h;  // a square for the remove button
    const float right = ImGui::GetCursorScreenPos().x + ImGui::GetContentRegionAvail().x;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    int remove = -1;
    char label[512];
    for (size_t i = 0; i < c.tags.size(); ++i) {
        const std::string& tag = c.tags[i];
        const float text_w = ImGui::CalcTextSize(tag.c_str(), nullptr, false).x;
        const float body_w = pad + icon_w + style.ItemInnerSpacing.x + text_w + style.ItemInnerSpacing.x;
        const float chip_w = body_w + x_w;
        if (i > 0) {
            ImGui::SameLine(0, style.ItemSpacing.x);
            if (ImGui::GetCursorScreenPos().x + chip_w > right) ImGui::NewLine();
        }
        ImGui::PushID(static_cast<int>(i));
        const ImVec2 p0 = ImGui::GetCursorScreenPos();
        // The chip's body: an inert item labelled with the tag, so that tests find it.
        std::snprintf(label, sizeof label, "%s##tag", tag.c_str());
        ImGui::InvisibleButton(label, ImVec2(body_w, h));
        ImGui::SameLine(0, 0);
        ImGui::BeginDisabled(read_only);
        std::snprintf(label, sizeof label, Tr(Str::SegRemoveTag), tag.c_str());
        if (ImGui::InvisibleButton(label, ImVec2(x_w, h))) remove = static_cast<int>(i);
        const bool x_hovered = ImGui::IsItemHovered();
        if (x_hovered && !read_only) {
            const char* end = std::strstr(label, "###");
            ImGui::SetTooltip("%.*s", end ? static_cast<int>(end - label) : static_cast<int>(std::strlen(label)), label);
        }
        ImGui::EndDisabled();
        const ImVec2 p1(p0.x + chip_w, p0.y + h);
        dl->AddRectFilled(p0, p1, ImGui::GetColorU32(ImGuiCol_FrameBg), h * 0.5f);
        dl->AddRect(p0, p1, ImGui::GetColorU32(ImGuiCol_Border), h * 0.5f);
        const float ty = p0.y + style.FramePadding.y;
        dl->AddText(ImVec2(p0.x + pad, ty), ImGui::GetColorU32(ImGuiCol_TextDisabled), ICON_TAG);
        dl->AddText(ImVec2(p0.x + pad + icon_w + style.ItemInnerSpacing.x, ty), ImGui::GetColorU32(ImGuiCol_Text),
                    tag.c_str());
        if (!read_only) {
            const ImVec2 xc(p0.x + body_w + x_w * 0.5f - pad * 0.5f, p0.y + h * 0.5f);
            if (x_hovered) dl->AddCircleFilled(xc, h * 0.36f, ImGui::GetColorU32(ImGuiCol_ButtonHovered));
            const float r = h * 0.16f;
            const ImU32 col = ImGui::GetColorU32(x_hovered ? ImGuiCol_Text : ImGuiCol_TextDisabled);
            dl->AddLine(ImVec2(xc.x - r, xc.y - r), ImVec2(xc.x + r, xc.y + r), col, 1.5f);
            dl->AddLine(ImVec2(xc.x - r, xc.y + r), ImVec2(xc.x + r, xc.y - r), col, 1.5f);
        }
        ImGui::PopID();
    }
    if (remove >= 0 && !read_only) {
        Client copy = c;
        copy.tags.erase(copy.tags.begin() + remove);
        store.clients.Upsert(std::move(copy));
    }
}

void TagInput(Store& store, UiState& ui, const Client& c) {
    SectionsUi& s = ui.sections;
    if (s.tag_client != c.id) {  // another card: start afresh
        s.tag_client = c.id;
        s.tag_input.clear();
        s.refocus_tag = false;
    }
    if (s.refocus_tag) {
        ImGui::SetWindowFocus();
        ImGui::SetKeyboardFocusHere();
        s.refocus_tag = false;
    }
    const FieldResult r = SuggestField(store, s, c, Tr(Str::SegTagInput), Tr(Str::SegTagHint), SuggestList::Tags,
                                       s.tag_input);
    if (r.taken) {
        AddTag(store, ui, c, r.taken->value);
        s.tag_input.clear();
        s.refocus_tag = r.enter;  // chosen with the keyboard: keep typing tags
    } else if (r.enter) {
        const bool typed = !TrimmedView(s.tag_input).empty();
        AddTag(store, ui, c, s.tag_input);
        s.tag_input.clear();
        s.refocus_tag = typed;
    }
}

}  // namespace

void DrawSegmentationSection(Store& store, UiState& ui, const Client& c, bool read_only) {
    ImGui::SeparatorText(Tr(Str::SegSection));
    // The requisites' longest labels too, so that the fields of both sections line up.
    const Str labels[] = {Str::SegSegment,    Str::SegIndustry,     Str::SegSize,           Str::SegSource,
                          Str::SegStatus,     Str::SegTagInput,     Str::FieldLegalName,    Str::FieldLegalAddress,
                          Str::FieldActualAddress};
    float label_w = 0;
    for (Str l : labels) label_w = std::max(label_w, ImGui::CalcTextSize(Tr(l), nullptr, true).x);
    const ImGuiStyle& style = ImGui::GetStyle();
    const float em = ImGui::GetFontSize();
    const float field_w =
        std::max(em * 8, std::min(ImGui::GetContentRegionAvail().x - label_w - style.ItemInnerSpacing.x, em * 40));

    ImGui::BeginDisabled(read_only);
    ImGui::PushItemWidth(field_w);
    TextWithSuggestions(store, ui, c, Str::SegSegment, SuggestList::Segment, &Client::segment);
    TextWithSuggestions(store, ui, c, Str::SegIndustry, SuggestList::Industry, &Client::industry);
    TextWithSuggestions(store, ui, c, Str::SegSize, SuggestList::Size, &Client::size);
    TextWithSuggestions(store, ui, c, Str::SegSource, SuggestList::Source, &Client::source);
    StatusCombo(store, c);
    ImGui::EndDisabled();

    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(Tr(Str::SegTagsLabel));
    ImGui::SameLine();
    if (c.tags.empty()) {
        ImGui::TextDisabled("%s", Tr(Str::SegNoTags));
    } else {
        ImGui::BeginGroup();
        TagChips(store, c, read_only);
        ImGui::EndGroup();
    }
    if (!read_only) TagInput(store, ui, c);
    ImGui::PopItemWidth();
}

}  // namespace card

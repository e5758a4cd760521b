// Duplicate warnings and merging two clients.
//
// - CardDuplicates / DrawDuplicateWarning: in the requisites, a warning bar when the INN
//   (+KPP) or a phone of this card is that of another client, each match with Open and
//   Merge…; looked up only when the card or the clients change (ui/duplicates_state.h).
// - DrawMergeDialog: the modal that merges two clients (model/merge_clients.h). The other
//   client is searched by name or INN over the client list's folded keys; the card that
//   stays is proposed (the one created first; from a warning, else the existing one) and
//   can be switched; the preview (PreviewMerge on a copy of what is involved) shows what
//   moves, which values are filled or dropped, which links go and which contract numbers
//   clash. Merge runs MergeClients inside this frame, so the journal makes it one undo
//   step; the survivor's card then shows "Merged “X” into “Y” [Undo]" for as long as the
//   merge is the step the next Undo reverts.
#include "ui/duplicates.h"

#include <algorithm>
#include <cstddef>
#include <cfloat>
#include <cstdio>

#include "imgui.h"
#include "ui/app.h"
#include "ui/client_filter.h"
#include "ui/i18n.h"
#include "ui/icons.h"
#include "ui/panels.h"
#include "ui/widgets.h"

namespace card {
namespace {

constexpr size_t kMaxWarningLines = 5;
constexpr size_t kMaxResults = 8;
constexpr size_t kMaxPreviewLines = 8;  // dropped links, clashing numbers: the rest as "…and N more"

const char* NameOf(const Client* c) { return !c ? Tr(Str::MissingClient) : c->name.empty() ? Tr(Str::NoName) : c->name.c_str(); }
const char* NameOf(const Store& store, const std::string& id) { return NameOf(store.clients.Find(id)); }

// The warning's line for one match.
std::string WarningText(const Store& store, const Client& c, const DuplicateMatch& m) {
    const Client* existing = store.clients.Find(m.existing_id);
    const char* name = NameOf(existing);
    switch (m.reason) {
        case DuplicateReason::InnKpp: {
            const bool both_kpp = !Trimmed(c.kpp).empty() && existing && !Trimmed(existing->kpp).empty();
            return FormatString(Tr(both_kpp ? Str::DupInnKpp : Str::DupInn), name);
        }
        case DuplicateReason::Inn:
            return FormatString(Tr(Str::DupBranch), name, existing ? existing->kpp.c_str() : "");
        case DuplicateReason::Phone:
            if (const Contact* k = m.contact_id.empty() ? nullptr : store.contacts.Find(m.contact_id))
                return FormatString(Tr(Str::DupPhoneContact), m.value.c_str(), k->name.c_str(), name);
            return FormatString(Tr(Str::DupPhone), m.value.c_str(), name);
    }
    return {};
}

// The label of a search result: the name and the INN.
std::string ResultLabel(const Client& k) {
    if (Trimmed(k.inn).empty()) return NameOf(&k);
    return std::string(NameOf(&k)) + "  \xC2\xB7  " + FormatString(Tr(Str::MergeInn), k.inn.c_str());
}

// The search of the merge dialog: the client list's folded keys (name, legal name, INN),
// scanned only when the typed text or the clients change.
void UpdateSearch(const Store& store, UiState& ui) {
    MergeDialogUi& m = ui.duplicates.merge;
    if (m.searched == m.query && m.searched_version == store.clients.Version()) return;
    m.searched = m.query;
    m.searched_version = store.clients.Version();
    m.results.clear();
    m.matches = 0;
    m.highlighted = 0;
    m.matches = FindClientsByText(store, ui, m.query, kMaxResults, m.results);
}

// Which card is proposed to stay, once the other is known.
void Propose(const Store& store, MergeDialogUi& m) {
    const Client* a = store.clients.Find(m.this_id);
    const Client* b = store.clients.Find(m.other_id);
    if (a && b && !a->created_at.empty() && !b->created_at.empty() && a->created_at.utc_ms != b->created_at.utc_ms) {
        m.this_survives = a->created_at.utc_ms < b->created_at.utc_ms;
        m.proposal = 2;
    } else if (m.from_warning) {
        m.this_survives = false;
        m.proposal = 1;
    } else {
        m.this_survives = true;
        m.proposal = 0;
    }
}

const MergeReport& Preview(const Store& store, MergeDialogUi& m, const std::string& survivor, const std::string& other) {
    if (m.preview_survivor != survivor || m.preview_other != other || m.preview_revision != store.Revision()) {
        m.preview_survivor = survivor;
        m.preview_other = other;
        m.preview_revision = store.Revision();
        m.preview = PreviewMerge(store, survivor, other);
    }
    return m.preview;
}

Str FieldLabel(MergeField f) {
    switch (f) {
        case MergeField::Name: return Str::MFName;
        case MergeField::LegalName: return Str::MFLegalName;
        case MergeField::Inn: return Str::MFInn;
        case MergeField::Kpp: return Str::MFKpp;
        case MergeField::Ogrn: return Str::MFOgrn;
        case MergeField::LegalAddress: return Str::MFLegalAddress;
        case MergeField::ActualAddress: return Str::MFActualAddress;
        case MergeField::Website: return Str::MFWebsite;
        case MergeField::Segment: return Str::MFSegment;
        case MergeField::Industry: return Str::MFIndustry;
        case MergeField::Size: return Str::MFSize;
        case MergeField::Source: return Str::MFSource;
        case MergeField::CreatedAt: return Str::MFCreated;
        case MergeField::Kind: return Str::MFKind;
        case MergeField::Status: return Str::MFStatus;
    }
    return Str::MFName;
}

void Heading(const char* text) {
    ImGui::Spacing();
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    TextHint(text);
    ImGui::PopStyleColor();
}

void Bullet(const std::string& text, const ImVec4* color = nullptr) {
    ImGui::Bullet();
    ImGui::SameLine();
    if (color) ImGui::PushStyleColor(ImGuiCol_Text, *color);
    TextHint(text.c_str());
    if (color) ImGui::PopStyleColor();
}

void DrawPreview(const Store& store, const MergeReport& r) {
    const Client* s = store.clients.Find(r.survivor_id);
    const Client* o = store.clients.Find(r.other_id);
    if (!s || !o) return;
    const char* sn = NameOf(s);
    const char* on = NameOf(o);
    Heading(FormatString(Tr(Str::MergeMovesTitle), sn).c_str());
    if (r.Moved() + r.dropped.size() == 0) {
        Bullet(Tr(Str::MergeNothingMoves));
    } else {
        Bullet(FormatString(Tr(Str::MergeCounts), r.contacts, r.interactions, r.interests, r.contracts, r.relationships));
    }
    std::string added;
    const std::pair<size_t, Str> lists[] = {{r.phones, Str::MergeAddPhones},         {r.emails, Str::MergeAddEmails},
                                            {r.tags, Str::MergeAddTags},             {r.responsibles, Str::MergeAddResponsibles},
                                            {r.products, Str::MergeAddProducts},     {r.infobases, Str::MergeAddInfobases}};
    for (const auto& [n, label] : lists) {
        if (!n) continue;
        added += added.empty() ? " " : ", ";
        added += FormatString(Tr(label), n);
    }
    if (!added.empty()) Bullet(std::string(Tr(Str::MergeAdded)) + added);
    if (r.notes_joined) Bullet(Tr(Str::MergeNotesJoined));
    if (r.primaries_cleared) Bullet(FormatString(Tr(Str::MergePrimaryCleared), sn));

    bool any_filled = false;
    for (const MergeFieldOutcome& f : r.fields) any_filled = any_filled || f.filled;
    if (any_filled) {
        Heading(FormatString(Tr(Str::MergeFilledTitle), on).c_str());
        char date[32];
        for (const MergeFieldOutcome& f : r.fields) {
            if (!f.filled) continue;
            if (f.field == MergeField::CreatedAt) {
                FormatDate(o->created_at.LocalDate(), date, sizeof date);
                Bullet(FormatString(Tr(Str::MergeFilledLine), Tr(FieldLabel(f.field)), date));
            } else {
                Bullet(FormatString(Tr(Str::MergeFilledLine), Tr(FieldLabel(f.field)), f.other.c_str()));
            }
        }
    }
    if (r.Conflicts()) {
        Heading(FormatString(Tr(Str::MergeConflictsTitle), sn, on).c_str());
        for (const MergeFieldOutcome& f : r.fields) {
            if (f.filled) continue;
            const char* kept = f.kept.c_str();
            const char* dropped = f.other.c_str();
            if (f.field == MergeField::Kind) {
                kept = EnumLabel(s->kind);
                dropped = EnumLabel(o->kind);
            } else if (f.field == MergeField::Status) {
                kept = EnumLabel(s->status);
                dropped = EnumLabel(o->status);
            }
            Bullet(FormatString(Tr(Str::MergeKeptDropped), Tr(FieldLabel(f.field)), kept, dropped), &colors::kWarningText);
        }
    }
    if (!r.dropped.empty()) {
        Heading(Tr(Str::MergeDroppedTitle));
        for (const DroppedLink& d : r.dropped) {
            if (&d - r.dropped.data() == static_cast<ptrdiff_t>(kMaxPreviewLines)) {
                DisabledHint(FormatString(Tr(Str::DupMore), static_cast<int>(r.dropped.size() - kMaxPreviewLines)).c_str());
                break;
            }
            const char* reading = RelationLabel(d.kind, d.survivor_is_from);
            const Str why = d.why == LinkProblem::Self        ? Str::MergeDropSelf
                            : d.why == LinkProblem::Duplicate ? Str::MergeDropDuplicate
                                                              : Str::MergeDropCycle;
            const char* far = d.why == LinkProblem::Self ? on : NameOf(store, d.far_id);
            Bullet(FormatString(Tr(why), reading, far), &colors::kWarningText);
        }
    }
    if (!r.clashes.empty()) {
        Heading(Tr(Str::MergeClashTitle));
        for (const ContractClash& c : r.clashes) {
            if (&c - r.clashes.data() == static_cast<ptrdiff_t>(kMaxPreviewLines)) {
                DisabledHint(FormatString(Tr(Str::DupMore), static_cast<int>(r.clashes.size() - kMaxPreviewLines)).c_str());
                break;
            }
            Bullet(FormatString(Tr(Str::MergeClashLine), c.number.c_str()), &colors::kWarningText);
        }
    }
}

// The merge is still the step the next Undo reverts: its last change removed the other client.
bool MergeIsLastStep(const Journal& journal, const MergeUndoUi& u) {
    const JournalStep* step = journal.PeekUndo();
    if (!step || step->changes.empty() || u.other_id.empty()) return false;
    const RecordChange& last = step->changes.back();
    return last.collection == CollectionId::Clients && last.id == u.other_id &&
           !std::holds_alternative<std::monostate>(last.before) && std::holds_alternative<std::monostate>(last.after);
}

void CloseDialog(MergeDialogUi& m) {
    m = MergeDialogUi{};
    ImGui::CloseCurrentPopup();
}

// The other client: the search field and its results, or the client picked.
void DrawOtherClient(App& app, const Client& self, float wrap) {
    UiState& ui = app.ui;
    MergeDialogUi& m = ui.duplicates.merge;
    const Store& store = app.store;
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(Tr(Str::MergeWith));
    ImGui::SameLine();
    if (const Client* other = m.other_id.empty() ? nullptr : store.clients.Find(m.other_id)) {
        const std::string label = ResultLabel(*other);
        ImGui::TextUnformatted(label.c_str());
        ReportLastItem(label.c_str());
        ImGui::SameLine();
        if (ImGui::SmallButton(Tr(Str::MergeChange))) {
            m.other_id.clear();
            m.focus_query = true;
        }
        return;
    }
    m.other_id.clear();
    const float x = ImGui::GetCursorPosX();
    ImGui::SetNextItemWidth(wrap - x);
    if (m.focus_query) {
        ImGui::SetKeyboardFocusHere();
        m.focus_query = false;
    }
    const bool enter = InputStringWithHint("##merge_find", Tr(Str::MergeFindHint), m.query,
                                           ImGuiInputTextFlags_EnterReturnsTrue);
    ReportLastItem(Tr(Str::MergeWith));
    const bool typing = ImGui::IsItemActive();
    UpdateSearch(store, ui);
    const int n = static_cast<int>(m.results.size());
    if (typing && n) {
        if (ImGui::IsKeyPressed(ImGuiKey_DownArrow)) m.highlighted = std::min(m.highlighted + 1, n - 1);
        if (ImGui::IsKeyPressed(ImGuiKey_UpArrow)) m.highlighted = std::max(m.highlighted - 1, 0);
    }
    ImGui::SetCursorPosX(x);
    ImGui::BeginGroup();
    ImGui::PushTextWrapPos(wrap);
    if (Trimmed(m.query).empty()) {
        DisabledHint(Tr(Str::MergeFindTypeHint));
    } else if (!n) {
        DisabledHint(FormatString(Tr(Str::MergeFindNone), Trimmed(m.query).c_str()).c_str());
    } else {
        std::string picked;
        for (int i = 0; i < n; ++i) {
            const Client* k = store.clients.Find(m.results[static_cast<size_t>(i)]);
            if (!k) continue;
            ImGui::PushID(i);
            const bool self_row = k->id == self.id;
            ImGui::BeginDisabled(self_row);
            if (ImGui::Selectable(ResultLabel(*k).c_str(), i == m.highlighted && !self_row, ImGuiSelectableFlags_DontClosePopups))
                picked = k->id;
            ImGui::EndDisabled();
            if (self_row) {
                ImGui::SameLine();
                MarkText(Tr(Str::MergeThisCard), ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
            }
            ImGui::PopID();
        }
        if (m.matches > m.results.size())
            DisabledHint(FormatString(Tr(Str::MergeFindMore), static_cast<int>(m.matches - m.results.size())).c_str());
        if (enter && picked.empty()) {
            const std::string& h = m.results[static_cast<size_t>(std::clamp(m.highlighted, 0, n - 1))];
            if (h != self.id) picked = h;
        }
        if (!picked.empty()) {
            m.other_id = picked;
            m.query.clear();
            Propose(store, m);
        }
    }
    ImGui::PopTextWrapPos();
    ImGui::EndGroup();
}

void Confirm(App& app, const std::string& survivor, const std::string& other) {
    UiState& ui = app.ui;
    MergeDialogUi& m = ui.duplicates.merge;
    if (app.env.read_only) {
        m.error = Tr(Str::MergeReadOnly);
        return;
    }
    const std::string survivor_name = NameOf(app.store, survivor);
    const std::string other_name = NameOf(app.store, other);
    const MergeReport r = MergeClients(app.store, survivor, other);
    if (!r.ok()) {
        m.error = Tr(r.refusal == MergeRefusal::SameClient ? Str::MergeRefusedSame : Str::MergeRefusedMissing);
        return;
    }
    ++ui.store_revision;  // a client is gone: the list rebuilds
    ui.list_edit = ListFieldEdit{};
    ui.SelectClient(survivor);
    MergeUndoUi& u = ui.duplicates.undo;
    u = MergeUndoUi{};
    u.survivor_id = survivor;
    u.other_id = other;
    u.other_name = other_name;
    u.survivor_name = survivor_name;
    u.visible = true;
    u.fresh = true;
    CloseDialog(m);
}

}  // namespace

const std::vector<DuplicateMatch>& CardDuplicates(const Store& store, UiState& ui, const Client& c) {
    DuplicatesUi& d = ui.duplicates;
    DuplicateWarningCache& w = d.warning;
    const bool other_card = w.client_id != c.id || w.store != &store;
    bool changed = false;
    if (other_card || w.inn_version != store.clients.Version()) {
        w.inn_version = store.clients.Version();
        std::vector<DuplicateMatch> inn = FindInnDuplicates(store, c);
        if (other_card || inn.size() != w.inn_matches.size() || !inn.empty()) {
            w.inn_matches = std::move(inn);
            changed = true;
        }
    }
    if (other_card || w.phone_revision != ui.store_revision || w.phones != c.phones) {
        w.phones = c.phones;
        w.phone_revision = ui.store_revision;
        w.phone_matches.clear();
        if (HasMatchablePhone(c)) {
            // The index follows the store when the set of clients changed or another card is
            // opened; while this card is edited the index stays (it would be rebuilt on every
            // keystroke) and FindPhoneDuplicates checks what it finds against the records.
            if (d.phones.builds() == 0 || d.phones_revision != ui.store_revision || d.phones_client != c.id) {
                d.phones.Update(store);
                d.phones_revision = ui.store_revision;
                d.phones_client = c.id;
            }
            w.phone_matches = FindPhoneDuplicates(store, c, d.phones);
        }
        changed = true;
    }
    if (other_card || changed) {
        w.client_id = c.id;
        w.store = &store;
        w.matches = JoinDuplicates(store, w.inn_matches, w.phone_matches);
        ++w.computed;
    }
    return w.matches;
}

void DrawDuplicateWarning(const Store& store, UiState& ui, const Client& c, bool phones, float width,
                          bool read_only) {
    const std::vector<DuplicateMatch>& all = CardDuplicates(store, ui, c);
    size_t count = 0;
    for (const DuplicateMatch& m : all) count += (m.reason == DuplicateReason::Phone) == phones;
    if (!count) return;

    const ImGuiStyle& style = ImGui::GetStyle();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->ChannelsSplit(2);
    dl->ChannelsSetCurrent(1);
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float pad = style.FramePadding.x;
    ImGui::PushID(phones ? "dup_phones" : "dup_inn");
    ImGui::BeginGroup();
    ImGui::Dummy(ImVec2(0, style.FramePadding.y * 0.5f));
    ImGui::Indent(pad);
    const float right = ImGui::GetCursorPosX() + width - pad * 2;
    std::string open_id, merge_id;
    size_t shown = 0;
    for (const DuplicateMatch& m : all) {
        if ((m.reason == DuplicateReason::Phone) != phones) continue;
        if (shown == kMaxWarningLines) break;
        ++shown;
        ImGui::PushID(m.existing_id.c_str());
        const std::string text = WarningText(store, c, m);
        const float buttons = ImGui::CalcTextSize(Tr(Str::DupOpen), nullptr, true).x +
                              ImGui::CalcTextSize(Tr(Str::DupMerge), nullptr, true).x + style.FramePadding.x * 4 +
                              style.ItemSpacing.x * 2;
        ImGui::TextColored(colors::kWarningText, "%s", ICON_WARNING);
        ImGui::SameLine();
        // The buttons at the right end of the line when the text leaves room, else below it.
        const float text_x = ImGui::GetCursorPosX();
        const bool one_line = text_x + ImGui::CalcTextSize(text.c_str()).x + buttons <= right;
        ImGui::PushTextWrapPos(right);
        TextHint(text.c_str());
        ImGui::PopTextWrapPos();
        const char* name = NameOf(store, m.existing_id);
        if (one_line) ImGui::SameLine();
        ImGui::SetCursorPosX(std::max(one_line ? 0.0f : ImGui::GetCursorPosX(), right - buttons));
        if (ImGui::SmallButton(Tr(Str::DupOpen))) open_id = m.existing_id;
        ImGui::SetItemTooltip(Tr(Str::DupOpenTip), name);
        ImGui::SameLine();
        ImGui::BeginDisabled(read_only);
        if (ImGui::SmallButton(Tr(Str::DupMerge))) merge_id = m.existing_id;
        ImGui::EndDisabled();
        ImGui::SetItemTooltip(Tr(Str::DupMergeTip), name);
        ImGui::PopID();
    }
    if (count > shown) DisabledHint(FormatString(Tr(Str::DupMore), static_cast<int>(count - shown)).c_str());
    ImGui::Unindent(pad);
    ImGui::Dummy(ImVec2(0, style.FramePadding.y * 0.5f));
    ImGui::EndGroup();
    ImGui::PopID();
    dl->ChannelsSetCurrent(0);
    dl->AddRectFilled(origin, ImVec2(origin.x + width, ImGui::GetItemRectMax().y), colors::kWarningBg,
                      style.FrameRounding);
    dl->ChannelsMerge();

    if (!open_id.empty()) {
        ui.SelectClient(open_id);
    } else if (!merge_id.empty() && !read_only) {
        OpenMergeDialog(ui.duplicates, c.id, merge_id, true);
        Propose(store, ui.duplicates.merge);
    }
}

void DrawCardMoreMenu(UiState& ui, const Client& c, bool read_only) {
    ImGui::SameLine(0, ImGui::GetFontSize() * 0.75f);
    if (GhostIconButton("\xC2\xB7\xC2\xB7\xC2\xB7###card_more", Tr(Str::CardMoreActions)))
        ImGui::OpenPopup("##card_more_menu");
    ReportLastItem(Tr(Str::CardMoreActions));
    if (ImGui::BeginPopup("##card_more_menu")) {
        if (ImGui::MenuItem(Tr(Str::CardMergeWith), nullptr, false, !read_only))
            OpenMergeDialog(ui.duplicates, c.id, std::string(), false);
        if (ImGui::IsKeyPressed(ImGuiKey_Escape, false)) ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
    }
}

void DrawMergeUndoBar(UiState& ui, const Client& c) {
    MergeUndoUi& u = ui.duplicates.undo;
    if (!u.visible || u.dismissed || u.survivor_id != c.id) return;
    char text[768];  // in the language of the moment
    std::snprintf(text, sizeof text, Tr(Str::MergeDone), u.other_name.c_str(), u.survivor_name.c_str());
    const int r = UndoBar(text, Tr(Str::MergeUndo), ICON_TIMES "###merge_undo_dismiss", Tr(Str::MergeUndoDismissTip));
    if (r == 1) u.requested = true;
    if (r == 2) u.dismissed = true;
}

void DuplicateReasonShort(const DuplicateMatch& m, char* buf, size_t size) {
    const Str s = m.reason == DuplicateReason::InnKpp ? Str::ImpDupInnKpp
                  : m.reason == DuplicateReason::Inn  ? Str::ImpDupInn
                                                      : Str::ImpDupPhone;
    std::snprintf(buf, size, Tr(s), m.value.c_str());
}

void DrawMergeDialog(App& app) {
    UiState& ui = app.ui;
    DuplicatesUi& d = ui.duplicates;

    // The undo bar of the last merge: Undo pressed (in the card, earlier this frame), and
    // whether the merge is still what the next Undo reverts.
    MergeUndoUi& u = d.undo;
    if (u.requested) {
        u.requested = false;
        if (MergeIsLastStep(app.journal, u)) app.Undo();
        u.visible = false;
    } else if (u.fresh) {
        u.fresh = false;  // the merge becomes a journal step at the end of its frame
    } else if (u.visible) {
        u.visible = MergeIsLastStep(app.journal, u);
    }

    MergeDialogUi& m = d.merge;
    const char* title = Tr(Str::MergeTitle);
    if (m.open_requested) {
        m.open_requested = false;
        ImGui::OpenPopup(title);
    }
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    // Centred whatever its size (it grows when the other client is picked).
    ImGui::SetNextWindowPos(vp->GetCenter(), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    if (!ImGui::BeginPopupModal(title, nullptr, ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings))
        return;
    const Store& store = app.store;
    const Client* self = store.clients.Find(m.this_id);
    if (!self || ImGui::IsKeyPressed(ImGuiKey_Escape, false)) {
        CloseDialog(m);
        ImGui::EndPopup();
        return;
    }
    if (!m.other_id.empty() && !store.clients.Contains(m.other_id)) m.other_id.clear();

    const float em = ImGui::GetFontSize();
    const float wrap = ImGui::GetCursorPosX() + std::min(em * 36, vp->WorkSize.x * 0.8f);
    ImGui::PushTextWrapPos(wrap);
    DisabledHint(Tr(Str::MergeIntro));
    ImGui::Spacing();
    DrawOtherClient(app, *self, wrap);

    std::string survivor, other;
    if (!m.other_id.empty()) {
        const Client* o = store.clients.Find(m.other_id);
        ImGui::Spacing();
        ImGui::SeparatorText(Tr(Str::MergeKeepTitle));
        char date[32];
        for (int i = 0; i < 2; ++i) {
            const Client* k = i == 0 ? self : o;
            std::string label = std::string("\xE2\x80\x9C") + NameOf(k) + "\xE2\x80\x9D";
            if (CurrentLanguage() == Lang::Ru) label = std::string("\xC2\xAB") + NameOf(k) + "\xC2\xBB";
            if (!k->created_at.empty()) {
                FormatDate(k->created_at.LocalDate(), date, sizeof date);
                label += ", " + FormatString(Tr(Str::MergeCreated), date);
            }
            const size_t visible = label.size();
            label += i == 0 ? "###merge_keep_this" : "###merge_keep_other";
            if (ImGui::RadioButton(label.c_str(), m.this_survives == (i == 0))) m.this_survives = i == 0;
            ReportLastItem(label.substr(0, visible).c_str());  // 1.90.1's radio button does not report itself
        }
        DisabledHint(Tr(m.proposal == 2 ? Str::MergeKeepOlder : m.proposal == 1 ? Str::MergeKeepExisting : Str::MergeKeepThis));
        survivor = m.this_survives ? self->id : o->id;
        other = m.this_survives ? o->id : self->id;
        ImGui::PushStyleColor(ImGuiCol_Text, colors::kWarningText);
        TextHint(FormatString(Tr(Str::MergeRemoved), NameOf(store, other)).c_str());
        ImGui::PopStyleColor();
        // The preview scrolls inside the dialog when it is long (many conflicts and links),
        // so that Merge and Cancel stay on screen.
        const float max_h = std::max(em * 8, vp->WorkSize.y * 0.9f - em * 22);
        ImGui::SetNextWindowSizeConstraints(ImVec2(0, 0), ImVec2(FLT_MAX, max_h));
        if (ImGui::BeginChild("##merge_preview", ImVec2(wrap - ImGui::GetCursorPosX(), 0), ImGuiChildFlags_AutoResizeY)) {
            ImGui::PushTextWrapPos(0.0f);
            DrawPreview(store, Preview(store, m, survivor, other));
            ImGui::PopTextWrapPos();
        }
        ImGui::EndChild();
    }
    if (app.env.read_only) ImGui::TextColored(colors::kWarningText, "%s", Tr(Str::MergeReadOnly));
    if (!m.error.empty()) ImGui::TextColored(colors::kErrorText, "%s", m.error.c_str());
    ImGui::PopTextWrapPos();

    ImGui::Spacing();
    ImGui::Separator();
    const float button_w = em * 7;
    ImGui::BeginDisabled(other.empty() || app.env.read_only);
    const bool confirm = ImGui::Button(Tr(Str::MergeConfirm), ImVec2(button_w, 0));
    ImGui::EndDisabled();
    ImGui::SameLine();
    const bool cancel = ImGui::Button(Tr(Str::MergeCancel), ImVec2(button_w, 0));
    if (other.empty() && !app.env.read_only) {
        ImGui::SameLine();
        ImGui::AlignTextToFramePadding();
        ImGui::TextDisabled("%s", Tr(Str::MergePickFirst));
    }
    if (confirm && !other.empty())
        Confirm(app, survivor, other);
    else if (cancel)
        CloseDialog(m);
    ImGui::EndPopup();
}

}  // namespace card

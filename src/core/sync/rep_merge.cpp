#include "sync/rep_merge.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <tuple>

#include "db/statement.h"
#include "db/transaction.h"
#include "db/uplift_file.h"
#include "errors.h"
#include "money/money.h"
#include "security/audit.h"
#include "sync/rep_changes.h"

namespace uplift {

using sync_detail::ChangeOp;
using sync_detail::RepFileChanges;
using sync_detail::RepTargetChange;

std::string resolution_name(MergeResolution r) {
    switch (r) {
        case MergeResolution::Ours:
            return "ours";
        case MergeResolution::Theirs:
            return "theirs";
        case MergeResolution::None:
            break;
    }
    return "";
}

namespace {

// A change of the rep file checked against the main file, with the names users know.
struct Checked {
    RepTargetChange change;
    std::string account;
    std::string brand;
    std::optional<TargetValues> hq;       // the main file's current value
    std::optional<TargetValues> earlier;  // what an earlier merge of this export applied
};

std::optional<TargetValues> values_at(db::Connection& main, std::string_view sql,
                                      const std::optional<std::string>& export_id,
                                      const TargetKey& key) {
    db::Statement s(main, sql);
    int i = 0;
    if (export_id) {
        s.bind(++i, *export_id);
    }
    s.bind(++i, key.period);
    s.bind(++i, key.account_id);
    s.bind(++i, key.brand_id);
    if (!s.step()) {
        return std::nullopt;
    }
    return TargetValues{s.get_int(0), s.get_int(1)};
}

// Whose file it is: this main file's, an export it recorded, for that rep.
void check_origin(db::Connection& main, const RepFileChanges& rf,
                  const std::filesystem::path& path) {
    if (rf.info.main_database != db::get_setting(main, "database_id")) {
        throw UserError(
            fmt::format("{}: the rep file was exported from another database, not "
                        "from {}; nothing was merged",
                        path.string(), main.path().string()));
    }
    db::Statement s(main, "SELECT rep FROM rep_exports WHERE export_id = ?");
    s.bind(1, rf.info.export_id);
    if (!s.step()) {
        throw UserError(fmt::format("{}: export {} is unknown to this file; nothing was merged",
                                    path.string(), rf.info.export_id));
    }
    if (s.get_text(0) != rf.info.rep) {
        throw UserError(
            fmt::format("{}: export {} was written for rep '{}', but the file names "
                        "rep '{}'; nothing was merged",
                        path.string(), rf.info.export_id, s.get_text(0), rf.info.rep));
    }
}

// Everything the rep may not do refuses the whole file: deletes, other partners' targets,
// unknown brands, bad periods or values. Reads the main file's current state of each key.
Checked check_change(db::Connection& main, const ActionContext& rep, const std::string& export_id,
                     const RepTargetChange& c, const std::filesystem::path& path) {
    Checked out{c, std::to_string(c.key.account_id), std::to_string(c.key.brand_id), {}, {}};
    db::Statement a(main, "SELECT code, rep_id FROM accounts WHERE id = ?");
    a.bind(1, c.key.account_id);
    const bool account_known = a.step();
    if (account_known) {
        out.account = a.get_text(0);
    }
    db::Statement b(main, "SELECT name FROM brands WHERE id = ?");
    b.bind(1, c.key.brand_id);
    const bool brand_known = b.step();
    if (brand_known) {
        out.brand = b.get_text(0);
    }
    const std::string what = fmt::format("{}: the target {} of account {}, brand {}", path.string(),
                                         c.key.period, out.account, out.brand);
    if (c.op == ChangeOp::Delete) {
        throw UserError(
            fmt::format("{} is deleted; a rep may not delete targets; nothing was "
                        "merged",
                        what));
    }
    if (!account_known || a.is_null(1) || a.get_int(1) != rep.user_id) {
        throw PermissionDenied(
            fmt::format("{}: account {} is not a partner of rep '{}'; "
                        "nothing was merged",
                        what, out.account, rep.user_name));
    }
    if (!brand_known) {
        throw UserError(
            fmt::format("{}: brand id {} is unknown; nothing was merged", what, c.key.brand_id));
    }
    bool period_ok = false;
    try {
        period_ok = normalise_target_period(c.key.period) == c.key.period;
    } catch (const UserError&) {
    }
    if (!period_ok) {
        throw UserError(fmt::format("{}: period '{}' is not YYYY-MM or YYYY-Qn; nothing was merged",
                                    what, c.key.period));
    }
    if (c.rep->units < 0 || c.rep->value < 0) {
        throw UserError(
            fmt::format("{}: a target cannot be negative ({} units, {}); nothing was "
                        "merged",
                        what, c.rep->units, format_minor(c.rep->value)));
    }
    out.hq = values_at(main,
                       "SELECT units, value FROM targets WHERE period = ? AND account_id = ? AND "
                       "brand_id = ?",
                       std::nullopt, c.key);
    out.earlier = values_at(main,
                            "SELECT units, value FROM rep_merge_values WHERE export_id = ? AND "
                            "period = ? AND account_id = ? AND brand_id = ?",
                            export_id, c.key);
    return out;
}

enum class Verdict { Skip, Apply, Conflict };

// SPEC §6.1: the main file holds the rep's value already: skip. The main file is as exported
// (or as this export's earlier merge left it): apply. Otherwise HQ changed it too: conflict —
// also for an INSERT meeting an existing row and an UPDATE of a row HQ no longer has.
Verdict judge(const Checked& c) {
    if (c.hq == c.change.rep) {
        return Verdict::Skip;
    }
    if (!c.hq) {
        return c.change.op == ChangeOp::Insert ? Verdict::Apply : Verdict::Conflict;
    }
    if ((c.change.op == ChangeOp::Update && c.hq == c.change.at_export) || c.hq == c.earlier) {
        return Verdict::Apply;
    }
    return Verdict::Conflict;
}

auto order(const Checked& c) {
    return std::tie(c.change.key.period, c.account, c.brand);
}

std::string values_json(const TargetValues& v) {
    return nlohmann::json{{"units", v.units}, {"value", format_minor(v.value)}}.dump();
}

void apply(db::Connection& main, const ActionContext& ctx, const ActionContext& rep,
           const std::string& export_id, const Checked& c, RepMergeResult& result) {
    const TargetValues v = *c.change.rep;
    write_target(main, rep, c.change.key, v.units, v.value, "rep", std::nullopt,
                 fmt::format("rep file {} merged by {}", export_id, ctx.user_name));
    db::Statement s(main,
                    "INSERT INTO rep_merge_values(export_id, period, account_id, brand_id, units, "
                    "value) VALUES(?, ?, ?, ?, ?, ?) ON CONFLICT DO UPDATE SET "
                    "units = excluded.units, value = excluded.value");
    s.bind_all(export_id, c.change.key.period, c.change.key.account_id, c.change.key.brand_id,
               v.units, v.value);
    s.exec();
    write_audit(
        main, ctx,
        {"merge", "target", fmt::format("{}/{}/{}", c.change.key.period, c.account, c.brand),
         c.hq ? std::optional(values_json(*c.hq)) : std::nullopt, values_json(v),
         fmt::format("rep file {} of {}", export_id, rep.user_name), std::nullopt});
    result.applied.push_back({c.change.key.period, c.account, c.brand, c.hq, v});
}

}  // namespace

RepMergeResult merge_rep_file(db::Connection& main, const ActionContext& ctx,
                              const std::filesystem::path& path, MergeResolution resolution,
                              const ConflictDecider& decide) {
    require_right(main, ctx, "reps.merge", "merge rep files");
    if (rep_file_info(main)) {
        throw UserError(fmt::format("{}: this is a rep file; merge rep files into the main file",
                                    main.path().string()));
    }
    const RepFileChanges rf = sync_detail::read_rep_changes(path);
    db::Transaction tx(main);
    check_origin(main, rf, path);
    const ActionContext rep = [&] {
        try {
            return load_actor(main, rf.info.rep, ctx.today, ctx.now);
        } catch (const UserError& e) {
            throw UserError(fmt::format("{}: {}; nothing was merged", path.string(), e.what()));
        }
    }();
    if (!has_right(main, rep, "targets.edit_own") && !has_right(main, rep, "targets.edit")) {
        throw PermissionDenied(
            fmt::format("{}: rep '{}' may not edit targets (needs the right "
                        "'targets.edit_own'); nothing was merged",
                        path.string(), rep.user_name));
    }
    std::vector<Checked> checked;
    for (const RepTargetChange& c : rf.changes) {
        checked.push_back(check_change(main, rep, rf.info.export_id, c, path));
    }
    std::sort(checked.begin(), checked.end(),
              [](const Checked& x, const Checked& y) { return order(x) < order(y); });

    RepMergeResult result;
    result.export_id = rf.info.export_id;
    result.rep = rf.info.rep;
    std::vector<const Checked*> to_apply;
    for (const Checked& c : checked) {
        switch (judge(c)) {
            case Verdict::Skip:
                ++result.skipped;
                break;
            case Verdict::Apply:
                to_apply.push_back(&c);
                break;
            case Verdict::Conflict:
                result.conflicts.push_back({c.change.key.period, c.account, c.brand,
                                            c.change.at_export, c.hq, *c.change.rep, std::nullopt});
                break;
        }
    }
    if (!result.conflicts.empty() && resolution == MergeResolution::None && !decide) {
        result.stopped = true;
        return result;  // the transaction rolls back: nothing applied, nothing recorded
    }
    std::size_t k = 0;
    for (const Checked& c : checked) {
        if (judge(c) != Verdict::Conflict) {
            continue;
        }
        MergeConflict& conflict = result.conflicts[k++];
        conflict.choice = resolution == MergeResolution::Theirs ? ConflictChoice::Theirs
                          : resolution == MergeResolution::Ours ? ConflictChoice::Ours
                                                                : decide(conflict);
        if (conflict.choice == ConflictChoice::Theirs) {
            to_apply.push_back(&c);
        }
    }
    std::sort(to_apply.begin(), to_apply.end(),
              [](const Checked* x, const Checked* y) { return order(*x) < order(*y); });
    for (const Checked* c : to_apply) {
        apply(main, ctx, rep, rf.info.export_id, *c, result);
    }
    if (result.applied.empty()) {
        return result;  // nothing new: nothing recorded
    }
    const std::string resolved = result.conflicts.empty()              ? ""
                                 : resolution != MergeResolution::None ? resolution_name(resolution)
                                                                       : "ask";
    db::Statement rec(main,
                      "INSERT INTO rep_merges(export_id, rep, merged_at, merged_by, applied, "
                      "skipped, resolved) VALUES(?, ?, ?, ?, ?, ?, ?)");
    rec.bind_all(result.export_id, result.rep, ctx.now, ctx.user_name,
                 static_cast<std::int64_t>(result.applied.size()), result.skipped, resolved);
    rec.exec();
    const nlohmann::json what{{"rep", result.rep},
                              {"file", path.string()},
                              {"applied", result.applied.size()},
                              {"skipped", result.skipped},
                              {"conflicts", result.conflicts.size()},
                              {"resolved", resolved}};
    write_audit(
        main, ctx,
        {"merge", "rep_file", result.export_id, std::nullopt, what.dump(), "", std::nullopt});
    tx.commit();
    return result;
}

}  // namespace uplift

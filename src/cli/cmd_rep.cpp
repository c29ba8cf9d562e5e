// rep export|merge: offline rep files (SPEC §6.1) from the command line.
#include <fmt/format.h>
#include <unistd.h>

#include <iostream>
#include <ostream>

#include "command.h"
#include "errors.h"
#include "io/csv_writer.h"
#include "money/money.h"
#include "sync/rep_export.h"
#include "sync/rep_merge.h"

namespace uplift::cli {

namespace {

std::string conflict_units(const std::optional<TargetValues>& v) {
    return v ? std::to_string(v->units) : "";
}
std::string conflict_value(const std::optional<TargetValues>& v) {
    return v ? format_minor(v->value) : "";
}

std::string describe_values(const std::optional<TargetValues>& v, const char* missing) {
    return v ? fmt::format("{} units, {}", v->units, format_minor(v->value)) : missing;
}

// One conflict per prompt on the terminal; end of input abandons the merge.
ConflictChoice ask_on_terminal(const MergeConflict& m) {
    std::cerr << fmt::format(
        "conflict {} {} {}: at export {}; HQ {}; rep {}\n", m.period, m.account, m.brand,
        describe_values(m.at_export, "none (added by the rep)"),
        describe_values(m.hq, "none (removed at HQ)"), describe_values(m.rep, ""));
    while (true) {
        std::cerr << "keep HQ's value (ours) or take the rep's (theirs)? [o/t] " << std::flush;
        std::string answer;
        if (!std::getline(std::cin, answer)) {
            throw Cancelled();
        }
        if (answer == "o" || answer == "ours") {
            return ConflictChoice::Ours;
        }
        if (answer == "t" || answer == "theirs") {
            return ConflictChoice::Theirs;
        }
    }
}

void print_conflicts(CommandContext& c, const RepMergeResult& r) {
    std::vector<std::string> header{"period",       "account",      "brand",
                                    "export_units", "export_value", "hq_units",
                                    "hq_value",     "rep_units",    "rep_value"};
    if (!r.stopped) {
        header.emplace_back("resolution");
    }
    write_csv_row(c.out, header);
    for (const MergeConflict& m : r.conflicts) {
        std::vector<std::string> row{m.period,
                                     m.account,
                                     m.brand,
                                     conflict_units(m.at_export),
                                     conflict_value(m.at_export),
                                     conflict_units(m.hq),
                                     conflict_value(m.hq),
                                     std::to_string(m.rep.units),
                                     format_minor(m.rep.value)};
        if (m.choice) {
            row.emplace_back(*m.choice == ConflictChoice::Theirs ? "theirs" : "ours");
        }
        write_csv_row(c.out, row);
    }
}

int merge_command(CommandContext& c, db::Connection& conn, const ActionContext& actor) {
    const std::string& file = c.positional(1, "FILE (the rep file)");
    MergeResolution resolution = MergeResolution::None;
    ConflictDecider decide;
    if (const auto how = c.args.get("--resolve")) {
        if (*how == "theirs") {
            resolution = MergeResolution::Theirs;
        } else if (*how == "ours") {
            resolution = MergeResolution::Ours;
        } else if (*how == "ask") {
            // On a terminal one by one; otherwise as without --resolve.
            if (::isatty(STDIN_FILENO) == 1) {
                decide = ask_on_terminal;
            }
        } else {
            throw UsageError(fmt::format("--resolve: '{}' is not theirs, ours or ask", *how));
        }
    }
    const RepMergeResult r = merge_rep_file(conn, actor, file, resolution, decide);
    if (!r.conflicts.empty()) {
        print_conflicts(c, r);
    }
    if (r.stopped) {
        c.err << fmt::format(
            "error: {}: {} conflict{} (changed at HQ and by {} since the export); nothing was "
            "merged. Settle them with --resolve theirs|ours|ask\n",
            file, r.conflicts.size(), r.conflicts.size() == 1 ? "" : "s", r.rep);
        return kExitConflicts;
    }
    if (r.nothing_new()) {
        c.err << fmt::format(
            "{}: nothing new to merge ({} change{} already here{})\n", file, r.skipped,
            r.skipped == 1 ? "" : "s",
            r.conflicts.empty() ? ""
                                : fmt::format(", {} conflict{} kept HQ's value", r.conflicts.size(),
                                              r.conflicts.size() == 1 ? "" : "s"));
        return 0;
    }
    c.err << fmt::format(
        "merged {} (rep {}, export {}): {} target{} applied, {} already here, "
        "{} conflict{} settled\n",
        file, r.rep, r.export_id, r.applied.size(), r.applied.size() == 1 ? "" : "s", r.skipped,
        r.conflicts.size(), r.conflicts.size() == 1 ? "" : "s");
    return 0;
}

int run_rep(CommandContext& c) {
    const std::string& sub = c.positional(0, "export or merge");
    if (sub != "export" && sub != "merge") {
        throw UsageError(fmt::format("unknown rep command '{}' (export, merge)", sub));
    }
    db::Connection conn = c.open_db();
    const ActionContext actor = c.actor(conn);
    if (sub == "merge") {
        return merge_command(c, conn, actor);
    }
    const std::string& rep = c.positional(1, "REP (the rep's user name)");
    const auto out = c.args.get("-o");
    if (!out || out->empty()) {
        throw UsageError("rep export: -o FILE is required");
    }
    const RepExport e = export_rep_file(conn, actor, rep, *out);
    c.out << fmt::format(
        "exported {} for rep {} (export {}): {} accounts, {} targets, {} promotions, {} "
        "products\n",
        e.file.string(), e.rep, e.export_id, e.accounts, e.targets, e.promotions, e.products);
    return 0;
}

}  // namespace

void add_rep_commands(std::vector<Command>& out) {
    out.push_back(
        {"rep",
         "rep export REP -o FILE | merge FILE [--resolve theirs|ours|ask]",
         "offline rep files: export one rep's file, merge it back",
         "rep export writes a new file for the rep REP: their partners, the catalogue and\n"
         "  prices, their partners' targets (editable) and promotions (read-only). The rep\n"
         "  opens it with --db FILE (acting as the rep by default) and changes targets with\n"
         "  'target set'.\n"
         "rep merge brings the rep's target changes back. A target changed both at HQ and by\n"
         "  the rep since the export is a conflict: without --resolve the merge stops, prints\n"
         "  period,account,brand,export_units,export_value,hq_units,hq_value,rep_units,rep_value\n"
         "  for each and changes nothing (exit code 3). --resolve theirs takes the rep's values,\n"
         "  ours keeps the main file's, ask asks per conflict on a terminal. A file of another\n"
         "  database or rep, a damaged file, or one that deletes targets or touches another\n"
         "  rep's partners is refused as a whole (exit code 1). Merging a file again finds\n"
         "  nothing new.",
         {{"-o", true, "FILE  the rep file to write (must not exist)"},
          {"--resolve", true, "HOW  theirs, ours or ask"}},
         run_rep});
}

}  // namespace uplift::cli

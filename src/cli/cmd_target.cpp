// target set|disaggregate|list: sales targets per (period, account, brand) from the command line.
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <ostream>

#include "command.h"
#include "errors.h"
#include "io/csv_writer.h"
#include "money/decimal_parse.h"
#include "money/money.h"
#include "report_output.h"
#include "targets/bottom_up.h"
#include "targets/disaggregation.h"
#include "targets/target_store.h"

namespace uplift::cli {

namespace {

std::int64_t whole_units(const CommandContext& c) {
    const auto text = c.args.get("--units");
    if (!text) {
        throw UsageError("--units N is required");
    }
    const DecimalParse p = parse_decimal(*text, 0, DecimalMark::Point);
    if (!p.ok() || p.scaled < 0) {
        throw UsageError(fmt::format("--units: '{}' is not a whole number of units", *text));
    }
    return p.scaled;
}

std::int64_t value_cents(const CommandContext& c) {
    const auto text = c.args.get("--value");
    if (!text) {
        throw UsageError("--value V is required");
    }
    return Money::parse(*text).minor();
}

std::string format_of(const CommandContext& c) {
    const std::string f = c.args.get("--format").value_or("table");
    if (f != "table" && f != "csv" && f != "json") {
        throw UsageError(fmt::format("--format: '{}' is not table, csv or json", f));
    }
    return f;
}

int list_command(CommandContext& c, db::Connection& conn) {
    const std::string format = format_of(c);
    TargetFilter filter;
    if (c.args.positionals.size() > 1) {
        filter.period = c.args.positionals[1];
    }
    filter.rep = c.args.get("--rep");
    const std::vector<Target> targets = list_targets(conn, filter);
    const std::vector<std::string> header{"period", "account", "brand", "units", "value"};
    if (format == "csv") {
        write_csv_row(c.out, header);
        for (const Target& t : targets) {
            write_csv_row(c.out, {t.period, t.account, t.brand, std::to_string(t.units),
                                  format_minor(t.value)});
        }
    } else if (format == "json") {
        nlohmann::json rows = nlohmann::json::array();
        for (const Target& t : targets) {
            rows.push_back({{"period", t.period},
                            {"account", t.account},
                            {"brand", t.brand},
                            {"units", t.units},
                            {"value", format_minor(t.value)}});
        }
        c.out << nlohmann::json{{"targets", rows}}.dump(2) << "\n";
    } else {
        std::vector<std::vector<std::string>> cells;
        std::int64_t units = 0;
        std::int64_t value = 0;
        for (const Target& t : targets) {
            cells.push_back(
                {t.period, t.account, t.brand, std::to_string(t.units), format_minor(t.value)});
            units += t.units;
            value += t.value;
        }
        cells.push_back({"total", "", "", std::to_string(units), format_minor(value)});
        print_table(c.out, header, cells);
    }
    return 0;
}

int disaggregate_command(CommandContext& c, db::Connection& conn, const ActionContext& actor) {
    DisaggregationRequest r;
    r.period = c.positional(1, "PERIOD (YYYY-MM or YYYY-Qn)");
    r.units = whole_units(c);
    r.value = value_cents(c);
    if (const auto level = c.args.get("--level")) {
        const auto parsed = parse_target_level(*level);
        if (!parsed) {
            throw UsageError(fmt::format("--level: '{}' is not division, rep or account", *level));
        }
        r.level = *parsed;
    }
    for (const std::string& lock : c.args.get_all("--lock")) {
        const auto colon = lock.find(':');
        if (colon == std::string::npos || colon == 0 || colon + 1 == lock.size()) {
            throw UsageError(fmt::format("--lock: '{}' is not ACCOUNT:BRAND", lock));
        }
        r.locks.push_back({lock.substr(0, colon), lock.substr(colon + 1)});
    }
    const bool dry_run = c.args.has("--dry-run");
    const Disaggregation d = disaggregate(conn, actor, r, dry_run);
    // The same lines for a preview and the save that follows it.
    c.err << fmt::format(
        "{} {} units, {} split by {}{}{}\n", d.period, r.units, format_minor(r.value),
        target_basis_name(d.basis),
        d.basis_from.empty() ? "" : fmt::format(" ({} to {})", d.basis_from, d.basis_to),
        dry_run                           ? " (dry run: nothing saved)"
        : d.level == TargetLevel::Account ? fmt::format(": {} targets written", d.changed)
                                          : ": totals saved");
    switch (d.level) {
        case TargetLevel::Division:
            write_csv_row(c.out, {"period", "division", "units", "value"});
            break;
        case TargetLevel::Rep:
            write_csv_row(c.out, {"period", "rep", "units", "value"});
            break;
        case TargetLevel::Account:
            write_csv_row(c.out, {"period", "account", "brand", "units", "value", "locked"});
            break;
    }
    for (const TargetShare& s : d.shares) {
        const std::string units = std::to_string(s.units);
        const std::string value = format_minor(s.value);
        switch (d.level) {
            case TargetLevel::Division:
                write_csv_row(c.out, {d.period, s.division, units, value});
                break;
            case TargetLevel::Rep:
                write_csv_row(c.out, {d.period, s.rep, units, value});
                break;
            case TargetLevel::Account:
                write_csv_row(c.out,
                              {d.period, s.account, s.brand, units, value, s.locked ? "1" : "0"});
                break;
        }
    }
    return 0;
}

int gaps(CommandContext& c, db::Connection& conn) {
    TargetFilter filter;
    if (c.args.positionals.size() > 1) {
        filter.period = c.args.positionals[1];
    }
    filter.rep = c.args.get("--rep");
    write_csv_row(c.out, {"period", "account", "brand", "rep", "units", "value", "topdown_units",
                          "topdown_value", "gap_units", "gap_value", "source", "changed_by"});
    for (const TargetGap& g : target_gaps(conn, filter)) {
        write_csv_row(c.out, {g.current.period, g.current.account, g.current.brand, g.rep,
                              std::to_string(g.current.units), format_minor(g.current.value),
                              std::to_string(g.topdown_units), format_minor(g.topdown_value),
                              std::to_string(g.gap_units()), format_minor(g.gap_value()), g.source,
                              g.changed_by});
    }
    return 0;
}

int decide(CommandContext& c, db::Connection& conn, const ActionContext& actor) {
    const std::string& what = c.positional(1, "accept, reject or edit");
    const auto decision = parse_gap_decision(what);
    if (!decision) {
        throw UsageError(fmt::format("'{}' is not accept, reject or edit", what));
    }
    const TargetKey key = target_key(conn, c.positional(2, "PERIOD"), c.positional(3, "ACCOUNT"),
                                     c.positional(4, "BRAND"));
    std::optional<std::int64_t> units;
    std::optional<std::int64_t> value;
    if (*decision == GapDecision::Edit) {
        units = whole_units(c);
        value = value_cents(c);
    }
    decide_gap(conn, actor, key, *decision, units, value);
    const auto t = find_target(conn, key);
    c.out << fmt::format("target {} {} {}: {} units, {} ({}ed)\n", t->period, t->account, t->brand,
                         t->units, format_minor(t->value), what);
    return 0;
}

int run_target(CommandContext& c) {
    const std::string& sub = c.positional(0, "set, disaggregate or list");
    db::Connection conn = c.open_db();
    const ActionContext actor = c.actor(conn);
    if (sub == "list") {
        return list_command(c, conn);
    }
    if (sub == "set") {
        const std::string& period = c.positional(1, "PERIOD (YYYY-MM or YYYY-Qn)");
        const std::string& account = c.positional(2, "ACCOUNT");
        const std::string& brand = c.positional(3, "BRAND");
        const std::int64_t units = whole_units(c);
        const std::int64_t value = value_cents(c);
        set_target(conn, actor, period, account, brand, units, value);
        c.out << fmt::format("target {} {} {}: {} units, {}\n", normalise_target_period(period),
                             account, brand, units, format_minor(value));
        return 0;
    }
    if (sub == "disaggregate") {
        return disaggregate_command(c, conn, actor);
    }
    if (sub == "gaps") {
        return gaps(c, conn);
    }
    if (sub == "decide") {
        return decide(c, conn, actor);
    }
    throw UsageError(
        fmt::format("unknown target command '{}' (set, disaggregate, list, gaps, decide)", sub));
}

}  // namespace

void add_target_commands(std::vector<Command>& out) {
    out.push_back(
        {"target",
         "target set PERIOD ACCOUNT BRAND --units N --value V | disaggregate PERIOD --units N "
         "--value V [--level division|rep|account] [--lock ACCOUNT:BRAND ...] [--dry-run] | "
         "list [PERIOD] [--rep REP] [--format table|csv|json] | gaps [PERIOD] [--rep REP] | "
         "decide accept|reject|edit PERIOD ACCOUNT BRAND [--units N --value V]",
         "sales targets per period, account and brand",
         "PERIOD is YYYY-MM (a month) or YYYY-Qn (a quarter).\n"
         "target disaggregate splits an HQ total over divisions (regions), reps or account x\n"
         "  brand pairs (default) in proportion to the same period last year (else the three\n"
         "  months before, else equally), units by units and value by gross sales, each with\n"
         "  the largest remainder so the parts sum exactly to the total. Locked pairs keep\n"
         "  their target; the rest is spread over the others. --dry-run prints the same lines\n"
         "  and saves nothing.\n"
         "target list prints period,account,brand,units,value ordered by period, account, brand.\n"
         "target gaps lists the targets whose current (e.g. a rep's) value differs from the\n"
         "  top-down one; target decide accept keeps the current value, reject restores the\n"
         "  top-down one, edit sets a third (--units --value); each closes the gap.",
         {{"--units", true, "N  whole units"},
          {"--value", true, "V  amount"},
          {"--level", true, "L  division, rep or account (default)"},
          {"--lock", true, "ACCOUNT:BRAND  keep this target (repeatable)"},
          {"--dry-run", false, "show the split, save nothing"},
          {"--rep", true, "REP  only the accounts of this rep"},
          {"--format", true, "F  table (default), csv or json"}},
         run_target});
}

}  // namespace uplift::cli

// fund rules list|add|run|log: conditional fund rules (SPEC §4) from the command line.
#include <fmt/format.h>

#include "command.h"
#include "funds/rules.h"
#include "io/csv_writer.h"
#include "money/money.h"

namespace uplift::cli {

// Called by `fund` (cmd_fund.cpp) for `fund rules ...`.
int run_fund_rules(CommandContext& c, db::Connection& conn, const ActionContext& actor) {
    const std::string& sub = c.positional(1, "a rules command (list, add, run, log)");
    if (sub == "list") {
        c.out << "rule,schedule,condition,action,active\n";
        for (const auto& r : list_rules(conn)) {
            write_csv_row(c.out, {r.name, r.schedule, r.condition, r.action, r.active ? "1" : "0"});
        }
        return 0;
    }
    if (sub == "add") {
        RuleSpec spec;
        spec.name = c.positional(2, "NAME (of the rule)");
        const auto schedule = c.args.get("--schedule");
        const auto action = c.args.get("--action");
        if (!schedule || !action) {
            throw UsageError("fund rules add NAME needs --schedule and --action");
        }
        spec.schedule = *schedule;
        spec.condition = c.args.get("--condition").value_or("");
        spec.action = *action;
        add_rule(conn, actor, spec);
        c.out << fmt::format("rule {} added ({})\n", spec.name, spec.schedule);
        return 0;
    }
    if (sub == "run") {
        // The same lines for a dry run and the run that follows it.
        c.out << "rule,subject,from_fund,to_fund,amount\n";
        for (const auto& f : run_rules(conn, actor, c.args.has("--dry-run"))) {
            write_csv_row(c.out,
                          {f.rule, f.subject, f.from_fund, f.to_fund, format_minor(f.amount)});
        }
        return 0;
    }
    if (sub == "log") {
        c.out << "rule,subject,fired_on,fired_at,effect\n";
        for (const auto& f : list_rule_firings(conn)) {
            write_csv_row(c.out, {f.rule, f.subject, f.fired_on, f.fired_at, f.effect});
        }
        return 0;
    }
    throw UsageError(fmt::format("unknown fund rules command '{}'", sub));
}

}  // namespace uplift::cli

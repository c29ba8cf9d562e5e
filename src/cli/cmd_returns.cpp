// returns add|list|delete and reason list|add: returns, write-offs and the reason-code catalogue.
#include <fmt/format.h>

#include <ostream>

#include "command.h"
#include "discounts/reason_codes.h"
#include "discounts/returns.h"
#include "errors.h"
#include "money/decimal_parse.h"
#include "money/money.h"
#include "option_values.h"
#include "report_output.h"

namespace uplift::cli {

namespace {

std::string list_format(const CommandContext& c) {
    std::string f = c.args.get("--format").value_or("table");
    if (f != "table" && f != "csv" && f != "json") {
        throw UsageError(fmt::format("--format: '{}' is not table, csv or json", f));
    }
    return f;
}

// A required option: its absence is misuse (exit 2), as are malformed units and dates; a value
// the core refuses (a negative amount, an unknown code) is the user's error (exit 1).
const std::string& required_option(const CommandContext& c, const std::string& option,
                                   const char* usage) {
    const auto it = c.args.values.find(option);
    if (it == c.args.values.end()) {
        throw UsageError(fmt::format("{} is required: {}", option, usage));
    }
    return it->second;
}

ReturnKind kind_of(const std::string& text) {
    const auto k = parse_return_kind(text);
    if (!k) {
        throw UsageError(fmt::format("--kind: '{}' is not return or write-off", text));
    }
    return *k;
}

std::int64_t whole_units_option(const std::string& option, const std::string& text) {
    const DecimalParse p = parse_decimal(text, 0, DecimalMark::Point);
    if (!p.ok()) {
        throw UsageError(fmt::format("{}: '{}' is not a whole number", option, text));
    }
    return p.scaled;
}

std::int64_t return_id(const std::string& text) {
    try {
        std::size_t used = 0;
        const std::int64_t id = std::stoll(text, &used);
        if (used == text.size() && id > 0) {
            return id;
        }
    } catch (const std::exception&) {  // NOLINT(bugprone-empty-catch): reported below
    }
    throw UsageError(fmt::format("'{}' is not a return id", text));
}

constexpr const char* kAddUsage =
    "returns add ACCOUNT SKU --kind return|write-off --units N --amount A --date DATE "
    "--reason CODE [--note TEXT]";

int add_return(CommandContext& c, db::Connection& conn, const ActionContext& actor) {
    if (c.args.positionals.size() != 3) {
        throw UsageError(fmt::format("usage: {}", kAddUsage));
    }
    NewReturn n;
    n.account = c.args.positionals[1];
    n.sku = c.args.positionals[2];
    n.kind = kind_of(required_option(c, "--kind", kAddUsage));
    n.units = whole_units_option("--units", required_option(c, "--units", kAddUsage));
    n.amount_cents =
        Money::parse(required_option(c, "--amount", kAddUsage), DecimalMark::Point).minor();
    n.date = required_date(c, "--date");
    n.reason = required_option(c, "--reason", kAddUsage);
    n.note = c.args.get("--note").value_or("");
    // The id alone, so scripts can keep it: id=$(uplift-cli returns add ...).
    c.out << enter_return(conn, actor, n) << "\n";
    return 0;
}

int list_returns_command(CommandContext& c, db::Connection& conn) {
    const std::string format = list_format(c);
    ReturnFilter f;
    f.account = c.args.get("--account").value_or("");
    if (const auto k = c.args.get("--kind")) {
        f.kind = kind_of(*k);
    }
    const auto from = c.args.get("--from");
    const auto to = c.args.get("--to");
    if (from || to) {
        // One end alone leaves the other open.
        const Date first = date_option(c, "--from").value_or(Date(boost::gregorian::min_date_time));
        const Date last = date_option(c, "--to").value_or(Date(boost::gregorian::max_date_time));
        if (last < first) {
            throw UserError(fmt::format("--to {} is before --from {}", *to, *from));
        }
        f.period = Period{first, last};
    }
    const std::vector<std::string> header{"id",    "kind",   "date",   "account", "sku",
                                          "units", "amount", "reason", "note",    "entered_by"};
    std::vector<std::vector<std::string>> rows;
    for (const ReturnEntry& e : list_returns(conn, f)) {
        rows.push_back({std::to_string(e.id), return_kind_name(e.kind), to_iso(e.date), e.account,
                        e.sku, std::to_string(e.units), format_minor(e.amount_cents), e.reason,
                        e.note, e.entered_by});
    }
    emit_table_report(
        c, format, {{"list", "returns"}}, header, rows,
        std::vector<bool>{false, true, true, true, true, false, false, true, true, true});
    return 0;
}

int run_returns(CommandContext& c) {
    const std::string& sub = c.positional(0, "add, list or delete");
    db::Connection conn = c.open_db();
    const ActionContext actor = c.actor(conn);
    if (sub == "add") {
        return add_return(c, conn, actor);
    }
    if (sub == "list") {
        return list_returns_command(c, conn);
    }
    if (sub == "delete") {
        const std::int64_t id = return_id(c.positional(1, "ID (a return id from 'returns list')"));
        delete_return(conn, actor, id, c.args.get("--reason").value_or(""));
        c.out << fmt::format("return {} deleted\n", id);
        return 0;
    }
    throw UsageError(fmt::format("unknown returns command '{}' (add, list, delete)", sub));
}

int run_reason(CommandContext& c) {
    const std::string& sub = c.positional(0, "list or add");
    db::Connection conn = c.open_db();
    const ActionContext actor = c.actor(conn);
    if (sub == "list") {
        const std::string format = list_format(c);
        std::vector<std::vector<std::string>> rows;
        for (const ReasonCode& r : list_reason_codes(conn)) {
            rows.push_back({r.code, r.description, r.active ? "1" : "0"});
        }
        emit_table_report(c, format, {{"list", "reason-codes"}}, {"code", "description", "active"},
                          rows, 2);
        return 0;
    }
    if (sub == "add") {
        const std::string& code = c.positional(1, "CODE");
        const std::string stored =
            add_reason_code(conn, actor, code, c.args.get("--description").value_or(""));
        c.out << fmt::format("reason code {} added\n", stored);
        return 0;
    }
    throw UsageError(fmt::format("unknown reason command '{}' (list, add)", sub));
}

}  // namespace

void add_returns_commands(std::vector<Command>& out) {
    out.push_back(
        {"returns",
         "returns add ACCOUNT SKU ... | list [filters] | delete ID",
         "returns and write-offs with a reason code",
         std::string(kAddUsage) +
             "\n"
             "  Prints the new id. --kind is return (goods sent back) or write-off (goods or\n"
             "  money given up); units and amount are positive, at least one not 0.\n"
             "returns list [--account A] [--kind K] [--from DATE] [--to DATE]\n"
             "  [--format table|csv|json]\n"
             "  CSV columns: id,kind,date,account,sku,units,amount,reason,note,entered_by\n"
             "returns delete ID [--reason TEXT]\n"
             "  Takes back one entered by hand; an imported one goes by rolling its batch back.\n"
             "Import many with 'import returns FILE'; reason codes: 'reason list'.",
         {{"--kind", true, "K  return or write-off"},
          {"--units", true, "N  whole units"},
          {"--amount", true, "A  amount in the file's currency"},
          {"--date", true, "DATE"},
          {"--reason", true, "CODE  a reason code (add); why (delete)"},
          {"--note", true, "TEXT"},
          {"--account", true, "A  only this account (list)"},
          {"--from", true, "DATE  first day (list)"},
          {"--to", true, "DATE  last day (list)"},
          {"--format", true, "F  table (default), csv or json"},
          {"-o", true, "FILE  write the list there"}},
         run_returns});
    out.push_back({"reason",
                   "reason list | add CODE [--description TEXT]",
                   "the reason codes of discounts, returns and write-offs",
                   "reason list [--format table|csv|json]   columns code,description,active\n"
                   "reason add CODE [--description TEXT]    Admin: letters, digits and _, at "
                   "most 32",
                   {{"--description", true, "TEXT"},
                    {"--format", true, "F  table (default), csv or json"},
                    {"-o", true, "FILE  write the list there"}},
                   run_reason});
}

}  // namespace uplift::cli

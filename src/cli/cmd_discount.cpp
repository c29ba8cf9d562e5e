// condition add|list|delete and discount request|approve|reject|withdraw|list|matrix: central
// discount conditions and discount requests (SPEC §5).
#include <fmt/format.h>

#include <ostream>

#include "command.h"
#include "discounts/condition.h"
#include "discounts/discount_request.h"
#include "errors.h"
#include "money/money.h"
#include "money/percent.h"
#include "option_values.h"
#include "report_output.h"
#include "workflows/discount_decisions.h"

namespace uplift::cli {

namespace {

std::string format_option(const CommandContext& c) {
    std::string format = c.args.get("--format").value_or("table");
    if (format != "table" && format != "csv" && format != "json") {
        throw UsageError(fmt::format("--format: '{}' is not table, csv or json", format));
    }
    return format;
}

std::int64_t id_argument(const CommandContext& c) {
    const std::string& text = c.positional(1, "ID");
    std::size_t used = 0;
    try {
        const long long id = std::stoll(text, &used);
        if (used == text.size() && id > 0) {
            return id;
        }
    } catch (const std::exception&) {
    }
    throw UsageError(fmt::format("'{}' is not a request id", text));
}

std::string pct_cell(std::int64_t units) {
    return Percent::from_units(units).to_string();
}

int condition_add(CommandContext& c) {
    ConditionInput in;
    in.name = c.positional(1, "NAME");
    const bool pct = c.args.has("--pct");
    if (pct == c.args.has("--per-unit")) {
        throw UsageError("condition add needs --pct P or --per-unit AMOUNT (one of them)");
    }
    if (pct) {
        in.pct_units = Percent::parse(*c.args.get("--pct")).units();
    } else {
        in.per_unit_cents = Money::parse(*c.args.get("--per-unit")).minor();
    }
    in.period = {required_date(c, "--from"), required_date(c, "--to")};
    in.channel = c.args.get("--channel").value_or("");
    in.account = c.args.get("--account").value_or("");
    in.brand = c.args.get("--brand").value_or("");
    in.category = c.args.get("--category").value_or("");
    in.skus = split_list(c.args.get("--sku").value_or(""));
    in.exclusive = c.args.has("--exclusive");
    in.reason = c.args.get("--reason").value_or("");
    db::Connection conn = c.open_db();
    const ActionContext actor = c.actor(conn);
    // Warnings are worth reading before the condition is in force; they go to stderr so that
    // stdout stays a plain confirmation.
    for (const auto& w : condition_warnings(conn, in)) {
        c.err << "warning: condition " << in.name << " " << w << "\n";
    }
    add_condition(conn, actor, in);
    c.out << fmt::format("condition {} added\n", in.name);
    return 0;
}

int condition_list(CommandContext& c) {
    const std::string format = format_option(c);
    db::Connection conn = c.open_db();
    c.actor(conn);
    const std::vector<std::string> header{"name",     "pct",     "per_unit",  "from",     "to",
                                          "channel",  "account", "brand",     "category", "skus",
                                          "stacking", "reason",  "request_id"};
    std::vector<std::vector<std::string>> rows;
    for (const auto& d : list_conditions(conn)) {
        rows.push_back({d.name, d.pct_units ? pct_cell(*d.pct_units) : "",
                        d.per_unit_cents ? format_minor(*d.per_unit_cents) : "",
                        to_iso(d.period.first), to_iso(d.period.last), d.channel, d.account,
                        d.brand, d.category, fmt::format("{}", fmt::join(d.skus, ",")),
                        d.exclusive ? "exclusive" : "cumulative", d.reason,
                        d.request_id ? std::to_string(*d.request_id) : ""});
    }
    emit_table_report(c, format, {{"list", "conditions"}}, header, rows, header.size());
    return 0;
}

int run_condition(CommandContext& c) {
    const std::string& sub = c.positional(0, "add, list or delete");
    if (sub == "add") {
        return condition_add(c);
    }
    if (sub == "list") {
        return condition_list(c);
    }
    if (sub == "delete") {
        const std::string& name = c.positional(1, "NAME");
        db::Connection conn = c.open_db();
        const ActionContext actor = c.actor(conn);
        delete_condition(conn, actor, name, c.args.get("--reason").value_or(""));
        c.out << fmt::format("condition {} deleted\n", name);
        return 0;
    }
    throw UsageError(fmt::format("unknown condition command '{}' (add, list, delete)", sub));
}

int discount_request(CommandContext& c) {
    NewDiscountRequest in;
    in.account = c.positional(1, "ACCOUNT");
    in.skus = split_list(c.positional(2, "SKU[,SKU...]"));
    if (!c.args.has("--pct") || !c.args.has("--reason")) {
        throw UsageError("discount request needs --pct P --from DATE --to DATE --reason CODE");
    }
    in.pct_units = Percent::parse(*c.args.get("--pct")).units();
    in.period = {required_date(c, "--from"), required_date(c, "--to")};
    in.reason = *c.args.get("--reason");
    if (const auto u = c.args.get("--units")) {
        std::size_t used = 0;
        long long n = -1;
        try {
            n = std::stoll(*u, &used);
        } catch (const std::exception&) {
        }
        if (used != u->size() || n < 0) {
            throw UsageError(fmt::format("--units: '{}' is not a whole number of units", *u));
        }
        in.expected_units = n;
    }
    in.promo_id = c.args.get("--promo").value_or("");
    in.note = c.args.get("--note").value_or("");
    db::Connection conn = c.open_db();
    const ActionContext actor = c.actor(conn);
    const RequestOutcome out = request_discount(conn, actor, in);
    c.out << out.id << "\n";
    if (out.status == RequestStatus::Approved) {
        c.err << fmt::format("request {}: approved at once (within the automatic limit){}\n",
                             out.id,
                             out.condition.empty() ? " as a tactic of promotion " + in.promo_id
                                                   : " as condition " + out.condition);
    } else {
        c.err << fmt::format("request {}: pending; {} decides it\n", out.id,
                             out.level == ApproverLevel::Finance ? "finance" : "a sales manager");
    }
    return 0;
}

int discount_list(CommandContext& c) {
    const std::string format = format_option(c);
    std::optional<RequestStatus> status;
    if (const auto s = c.args.get("--status")) {
        status = parse_request_status(*s);
        if (!status) {
            throw UsageError(
                fmt::format("--status: '{}' is not pending, approved, rejected or withdrawn", *s));
        }
    }
    db::Connection conn = c.open_db();
    c.actor(conn);
    const std::vector<std::string> header{"id", "account", "skus",   "pct",          "from",
                                          "to", "reason",  "status", "requested_by", "decided_by"};
    std::vector<std::vector<std::string>> rows;
    for (const auto& r : list_requests(conn, status)) {
        rows.push_back({std::to_string(r.id), r.account, fmt::format("{}", fmt::join(r.skus, ",")),
                        pct_cell(r.pct_units), to_iso(r.period.first), to_iso(r.period.last),
                        r.reason, request_status_name(r.status), r.requested_by, r.decided_by});
    }
    emit_table_report(c, format, {{"list", "discount requests"}}, header, rows, header.size());
    return 0;
}

int discount_matrix(CommandContext& c) {
    db::Connection conn = c.open_db();
    const ActionContext actor = c.actor(conn);
    ApprovalMatrix m = load_approval_matrix(conn);
    const auto value = [&](const char* opt, std::optional<std::int64_t>& field) {
        if (const auto v = c.args.get(opt)) {
            field =
                *v == "off" ? std::nullopt : std::optional<std::int64_t>(Money::parse(*v).minor());
            return true;
        }
        return false;
    };
    bool changed = false;
    if (const auto p = c.args.get("--auto-pct")) {
        m.auto_max_pct = Percent::parse(*p).units();
        changed = true;
    }
    if (const auto p = c.args.get("--sm-pct")) {
        m.sm_max_pct = Percent::parse(*p).units();
        changed = true;
    }
    changed = value("--auto-value", m.auto_max_value) || changed;
    changed = value("--sm-value", m.sm_max_value) || changed;
    if (changed) {
        set_approval_matrix(conn, actor, m);
    }
    const auto v = [](const std::optional<std::int64_t>& x) {
        return x ? format_minor(*x) : std::string("off");
    };
    c.out << fmt::format("approved at once: depth up to {} %, value up to {}\n",
                         pct_cell(m.auto_max_pct), v(m.auto_max_value));
    c.out << fmt::format("sales manager:    depth up to {} %, value up to {}\n",
                         pct_cell(m.sm_max_pct), v(m.sm_max_value));
    c.out << "finance:          anything above\n";
    return 0;
}

int run_discount(CommandContext& c) {
    const std::string& sub = c.positional(0, "request, approve, reject, withdraw, list or matrix");
    if (sub == "request") {
        return discount_request(c);
    }
    if (sub == "list") {
        return discount_list(c);
    }
    if (sub == "matrix") {
        return discount_matrix(c);
    }
    if (sub == "approve" || sub == "reject" || sub == "withdraw") {
        const std::int64_t id = id_argument(c);
        const std::string reason = c.args.get("--reason").value_or("");
        db::Connection conn = c.open_db();
        const ActionContext actor = c.actor(conn);
        if (sub == "approve") {
            approve_discount_request(conn, actor, id, reason);
            c.out << fmt::format("request {} approved\n", id);
        } else if (sub == "reject") {
            reject_discount_request(conn, actor, id, reason);
            c.out << fmt::format("request {} rejected\n", id);
        } else {
            withdraw_request(conn, actor, id, reason);
            c.out << fmt::format("request {} withdrawn\n", id);
        }
        return 0;
    }
    throw UsageError(fmt::format(
        "unknown discount command '{}' (request, approve, reject, withdraw, list, matrix)", sub));
}

}  // namespace

void add_discount_commands(std::vector<Command>& out) {
    out.push_back(
        {"condition",
         "condition add NAME (--pct P | --per-unit AMOUNT) --from DATE --to DATE [scope] "
         "[--exclusive] | list | delete NAME",
         "central discount conditions (standing discounts outside campaigns)",
         "condition add NAME (--pct P | --per-unit AMOUNT) --from DATE --to DATE [--channel C]\n"
         "  [--account A] [--brand B] [--category C] [--sku S[,S...]] [--exclusive]\n"
         "  [--reason CODE]\n"
         "  A % of list (of an actuals row's gross_amount) or an amount per unit, for the rows\n"
         "  every given scope matches; --account covers its children too. An exclusive\n"
         "  condition replaces the other conditions on a row (not promotion tactics); two\n"
         "  exclusive ones on the same account x sku x day are refused, naming the clash.\n"
         "  Stacking and double discounts with promotions are warned about on stderr.\n"
         "condition list --format table|csv|json\n"
         "  CSV name,pct,per_unit,from,to,channel,account,brand,category,skus,stacking,reason,\n"
         "  request_id.\n"
         "condition delete NAME [--reason TEXT]",
         {{"--pct", true, "P  % of list"},
          {"--per-unit", true, "AMOUNT  money off per unit"},
          {"--from", true, "DATE  first day (inclusive)"},
          {"--to", true, "DATE  last day (inclusive)"},
          {"--channel", true, "NAME"},
          {"--account", true, "CODE  the account and its children"},
          {"--brand", true, "NAME"},
          {"--category", true, "NAME"},
          {"--sku", true, "SKU[,SKU...]"},
          {"--exclusive", false, "replaces the other conditions on a row"},
          {"--reason", true, "CODE  a reason code (reason list)"},
          {"--format", true, "F  table (default), csv or json"},
          {"-o", true, "FILE  write there instead of standard output"}},
         run_condition});
    out.push_back(
        {"discount",
         "discount request ACCOUNT SKU[,SKU...] --pct P --from DATE --to DATE --reason CODE "
         "[--units N] | approve|reject|withdraw ID [--reason TEXT] | list | matrix",
         "discount requests and their approval matrix",
         "discount request ACCOUNT SKU[,SKU...] --pct P --from DATE --to DATE --reason CODE\n"
         "  [--units N] [--promo PROMO_ID] [--note TEXT]\n"
         "  Prints the new request's id alone on stdout (its routing on stderr). The approval\n"
         "  matrix routes it by depth and value: approved at once (approver 'auto'), a sales\n"
         "  manager, or finance. An approval becomes condition REQ-<id> on the account and\n"
         "  skus over the dates, or with --promo a discount_pct tactic of that promotion.\n"
         "  --units: expected units of the whole request (values it; default: baseline x weeks).\n"
         "discount approve|reject ID [--reason TEXT]   nobody decides their own request\n"
         "discount withdraw ID [--reason TEXT]         the requester takes it back\n"
         "discount list [--status S] --format table|csv|json\n"
         "  CSV id,account,skus,pct,from,to,reason,status,requested_by,decided_by.\n"
         "discount matrix [--auto-pct P] [--sm-pct P] [--auto-value A|off] [--sm-value A|off]\n"
         "  Shows (and with options sets, Admin) the approval matrix; defaults 5 % and 15 %,\n"
         "  value limits off.",
         {{"--pct", true, "P  depth in % of list"},
          {"--from", true, "DATE"},
          {"--to", true, "DATE"},
          {"--reason", true, "CODE (request) or TEXT (decisions)"},
          {"--units", true, "N  expected units of the whole request"},
          {"--promo", true, "PROMO_ID  the promotion it belongs to"},
          {"--note", true, "TEXT"},
          {"--status", true, "S  pending, approved, rejected, withdrawn"},
          {"--auto-pct", true, "P"},
          {"--sm-pct", true, "P"},
          {"--auto-value", true, "AMOUNT or off"},
          {"--sm-value", true, "AMOUNT or off"},
          {"--format", true, "F  table (default), csv or json"},
          {"-o", true, "FILE  write there instead of standard output"}},
         run_discount});
}

}  // namespace uplift::cli

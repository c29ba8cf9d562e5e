#include "fund_text.h"

#include <QLocale>
#include <QStringList>

#include "analytics/budget_vs_actual.h"
#include "exact_format.h"
#include "money_format.h"
#include "text_conversions.h"

namespace uplift::app {

QString FundText::kindName(LedgerKind kind) {
    switch (kind) {
        case LedgerKind::Allocation:
            return tr("Allocation");
        case LedgerKind::Distribution:
            return tr("Distribution");
        case LedgerKind::Accrual:
            return tr("Accrual");
        case LedgerKind::Commitment:
            return tr("Commitment");
        case LedgerKind::CommitmentChange:
            return tr("Commitment change");
        case LedgerKind::Release:
            return tr("Release");
        case LedgerKind::Actual:
            return tr("Actual spend");
        case LedgerKind::WriteOff:
            return tr("Write-off");
        case LedgerKind::TransferIn:
            return tr("Transfer in");
        case LedgerKind::TransferOut:
            return tr("Transfer out");
        case LedgerKind::Adjustment:
            return tr("Adjustment");
    }
    return qs(ledger_kind_name(kind));
}

QString FundText::scope(const Fund& fund) {
    QStringList parts;
    for (const std::string* s : {&fund.brand, &fund.account, &fund.channel, &fund.region}) {
        if (!s->empty()) {
            parts << qs(*s);
        }
    }
    return parts.isEmpty() ? tr("All") : parts.join(QStringLiteral(" · "));
}

QString FundText::type(const Fund& fund) {
    if (!fund.accrual) {
        return tr("fixed");
    }
    if (fund.rate) {
        return tr("accrual %1 of gross sales").arg(formatPercentUnits(*fund.rate));
    }
    return tr("accrual %1 per unit").arg(formatMinorUnits(fund.per_unit.value_or(0)));
}

QString FundText::period(const Fund& fund) {
    const QLocale locale;
    const auto date = [&locale](const Date& d) {
        return locale.toString(toQDate(d), QLocale::ShortFormat);
    };
    if (fund.valid_from && fund.valid_to) {
        return tr("%1 – %2").arg(date(*fund.valid_from), date(*fund.valid_to));
    }
    if (fund.valid_from) {
        return tr("from %1").arg(date(*fund.valid_from));
    }
    if (fund.valid_to) {
        return tr("until %1").arg(date(*fund.valid_to));
    }
    return tr("no period limit");
}

QString FundText::utilisation(const FundFigures& figures) {
    // The core rounds once and prints "85.00"; the same digits are hundredths of a percent.
    QString text = qs(utilisation_text(figures));
    if (text.isEmpty()) {
        return {};
    }
    text.remove(QLatin1Char('.'));
    return QStringLiteral("%1\u00a0%").arg(formatMinorUnits(text.toLongLong()));
}

QString FundText::figuresTooltip(const Fund& fund, const FundFigures& f, std::int64_t expected) {
    const auto row = [](const QString& label, qint64 cents) {
        return QStringLiteral("<tr><td>%1</td><td align=right>&nbsp;&nbsp;%2</td></tr>")
            .arg(label.toHtmlEscaped(), formatMinorUnits(cents));
    };
    QString html = QStringLiteral("<b>%1</b><br>%2 · %3<br>%4<table>")
                       .arg(qs(fund.name).toHtmlEscaped(), type(fund).toHtmlEscaped(),
                            scope(fund).toHtmlEscaped(), period(fund).toHtmlEscaped());
    html += row(tr("Allocated"), f.allocated);
    html += row(tr("Accrued"), f.accrued);
    html += row(tr("Transfers in"), f.transfers_in);
    html += row(tr("Transfers out"), -f.transfers_out);
    html += row(tr("Distributed to sub-funds"), -f.distributed);
    html += row(tr("Budget"), f.budget());
    html += row(tr("Open commitments"), -f.committed);
    html += row(tr("Actual spend"), -f.actual);
    html += row(tr("Available"), f.available());
    html += row(tr("Expected spend to date"), expected);
    html += QStringLiteral("</table>");
    const QString util = utilisation(f);
    html += tr("Utilisation: %1 (warning at %2)")
                .arg(util.isEmpty() ? tr("none") : util, formatPercentUnits(fund.warning_pct));
    if (fund.cash_limit) {
        html +=
            QStringLiteral("<br>") + tr("Cash limit: %1").arg(formatMinorUnits(*fund.cash_limit));
    }
    if (!fund.owner.empty()) {
        html += QStringLiteral("<br>") + tr("Owner: %1").arg(qs(fund.owner).toHtmlEscaped());
    }
    return html;
}

}  // namespace uplift::app

#include "tactic_text.h"

#include <algorithm>

#include "exact_format.h"
#include "money_format.h"
#include "text_conversions.h"

namespace uplift::app {

QString TacticText::kindName(TacticKind kind) {
    switch (kind) {
        case TacticKind::DiscountPct:
            return tr("% off list");
        case TacticKind::DiscountPerUnit:
            return tr("Off per unit");
        case TacticKind::OffInvoice:
            return tr("Off invoice");
        case TacticKind::BillBack:
            return tr("Bill-back");
        case TacticKind::ScanBack:
            return tr("Scan-back");
        case TacticKind::FixedFee:
            return tr("Fixed fee");
        case TacticKind::MultiBuy:
            return tr("Multi-buy");
    }
    return {};
}

QString TacticText::values(const Tactic& t) {
    std::vector<TacticTerm> terms = t.terms;
    std::stable_sort(terms.begin(), terms.end(), [](const TacticTerm& a, const TacticTerm& b) {
        return a.period.first < b.period.first;
    });
    QStringList out;
    for (const TacticTerm& term : terms) {
        QString text;
        if (is_percent_kind(t.kind)) {
            text = formatPercentUnits(term.value);
        } else if (t.kind == TacticKind::FixedFee) {
            text = formatMinorUnits(term.value);
        } else {
            text = tr("%1 per unit").arg(formatMinorUnits(term.value));
        }
        if (!out.contains(text)) {
            out << text;
        }
    }
    return out.join(QStringLiteral(" → "));
}

QString TacticText::summary(const Tactic& t) {
    const QString base = QStringLiteral("%1 %2").arg(kindName(t.kind), values(t));
    return t.fund.empty() ? base : tr("%1 (fund %2)").arg(base, qs(t.fund));
}

}  // namespace uplift::app

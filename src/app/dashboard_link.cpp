#include "dashboard_link.h"

namespace uplift::app {

std::optional<ReportRequest> reportRequestOf(const KpiLink& link) {
    for (ReportKind k : {ReportKind::Roi, ReportKind::BrandChannel, ReportKind::Discounts,
                         ReportKind::Unjustified, ReportKind::Budget, ReportKind::PostEvent,
                         ReportKind::Targets, ReportKind::FundActivity}) {
        if (link.report == reportCliName(k)) {
            ReportRequest r;
            r.kind = k;
            r.by = link.by;
            r.from = link.from;
            r.to = link.to;
            r.brand = link.brand;
            r.channel = link.channel;
            r.account = link.account;
            r.promotion = link.promotion;
            r.fund = link.fund;
            r.period = link.period;
            r.rep = link.rep;
            return r;
        }
    }
    return std::nullopt;
}

}  // namespace uplift::app

// Proleptic Gregorian calendar arithmetic on day numbers (days since
// 1970-01-01), for resolving dates: weekdays, ISO weeks, month steps.
//
//   int64_t d = DaysFromCivil(2021, 12, 29);
//   int wd = IsoWeekday(d);                    // 3 = Wednesday
//   CivilDate c = CivilFromDays(d - 7);        // {2021, 12, 22}
//   IsoWeek w = IsoWeekOf(d);                  // {2021, 52}
//   std::optional<CivilDate> p = ParseIsoDate("2021-12-29");
#ifndef WARTA_EXTRACT_DATES_CALENDAR_H_
#define WARTA_EXTRACT_DATES_CALENDAR_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace warta {

struct CivilDate {
  int year = 0;
  int month = 0;  // 1-12
  int day = 0;    // 1-31
};

struct IsoWeek {
  int year = 0;  // the ISO week-numbering year
  int week = 0;  // 1-53
};

int64_t DaysFromCivil(int year, int month, int day);
CivilDate CivilFromDays(int64_t days);
// 1 = Monday ... 7 = Sunday.
int IsoWeekday(int64_t days);
IsoWeek IsoWeekOf(int64_t days);
int DaysInMonth(int year, int month);
// A valid "YYYY-MM-DD" (years 1000-9999), else nullopt.
std::optional<CivilDate> ParseIsoDate(std::string_view s);
// "2021-12-29"; "2021-12" when day is 0; "2021" when month is 0.
std::string FormatDate(int year, int month, int day);

}  // namespace warta

#endif  // WARTA_EXTRACT_DATES_CALENDAR_H_

// @id projects-by-year
// @title.zh 历年科技项目（按级别）
// @title.en Projects by year and level
// @description.zh 每年立项或推荐的项目数，分省级、市级；可按级别和起始年份筛选。没有年份的项目归入“—”。
// @description.en Projects approved or recommended per year, split by provincial and municipal level; filter by level and first year. Projects without a year count under "—".
// @category platforms
// @view bar | x: year | y: projects
// @param level: string? | options: provincial, municipal | label: 项目级别 / Project level
// @param fromYear: int? | min: 1990 | max: 2100 | label: 起始年份 / From year
// @column year: 年份 / Year
// @column projects: 项目数 / Projects
// @column provincial: 省级 / Provincial
// @column municipal: 市级 / Municipal
// @column names: 项目 / Projects
MATCH (p:Project)
WHERE ($level IS NULL OR p.level = $level) AND ($fromYear IS NULL OR p.year >= $fromYear)
WITH coalesce(toString(p.year), '—') AS year, collect(p) AS projects
RETURN year, size(projects) AS projects,
       size([x IN projects WHERE x.level = 'provincial']) AS provincial,
       size([x IN projects WHERE x.level = 'municipal']) AS municipal,
       [x IN projects | x.name] AS names
ORDER BY year

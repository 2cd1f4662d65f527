// @id facts-by-source
// @title.zh 仅为示例（或某类出处）的事实
// @title.en Facts that are only illustrative
// @description.zh 列出出处为“示例数据”（或所选出处）的节点和关系，便于核实、替换或在汇报中剔除。
// @description.en Nodes and relationships whose provenance is "illustrative" (or the chosen source), to verify, replace or leave out of a briefing.
// @category data
// @view table
// @param source: string = illustrative | options: illustrative, reply, public, import | label: 出处 / Source
// @column what: 类别 / What | values: node=节点/Node, link=关系/Relationship
// @column kind: 类型 / Kind | vocab: kind
// @column name: 名称 / Name
// @column id: 编号 / Id
// @column asOf: 截至日期 / As of
// @column note: 说明 / Note
CALL () {
  MATCH (n:Entity {source: $source})
  RETURN 'node' AS what, n.kind AS kind, n.name AS name, n.id AS id, n.asOf AS asOf, n.note AS note
  UNION ALL
  MATCH (a:Entity)-[r {source: $source}]->(b:Entity)
  RETURN 'link' AS what, type(r) AS kind, a.name + ' → ' + b.name AS name, r.id AS id, r.asOf AS asOf, r.note AS note
}
RETURN what, kind, name, id, asOf, note
ORDER BY what DESC, kind, name

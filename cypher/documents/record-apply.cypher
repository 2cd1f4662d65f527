// Mark a document applied and keep every proposal's decision (JSON), in the apply's transaction.
// @param id: string
// @param decisions: string (JSON)
// @param by: string
// @param at: string
// returns: id
MATCH (d:Document {id: $id})
SET d.decisions = $decisions, d.status = 'applied', d.appliedBy = $by, d.appliedAt = $at
RETURN d.id AS id

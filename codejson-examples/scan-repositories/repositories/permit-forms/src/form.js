// Builds the permit form from its field list.
export function form(fields) {
  return fields.map((f) => ({ name: f, value: "" }));
}

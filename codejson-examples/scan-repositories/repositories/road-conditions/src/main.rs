// Prints the closures of the day as one line each.
mod bindings;

fn main() {
    for closure in bindings::closures() {
        println!("{closure}");
    }
}

pub fn closures() -> Vec<&'static str> {
    vec!["SR-89 closed at Emerald Bay", "I-80 chains required above Colfax"]
}

fn main() {
    let path = std::env::args().nth(1).unwrap();
    let text = std::fs::read_to_string(&path).unwrap();
    let doc = claimcheck::document::Document::new(path, text, None);
    let x = claimcheck::extract::extract(&doc);
    let people = claimcheck::attribute::people::People::build(&doc.text, &x.mentions, &[]);
    for (i, m) in x.mentions.iter().enumerate() {
        let e = people.entity_of(i).unwrap();
        println!(
            "{:?} {:?} -> {} {:?} {:?} roles={:?}",
            &doc.text[m.range.clone()],
            m.range,
            e.name,
            e.kind,
            e.gender,
            m.roles
        );
    }
}

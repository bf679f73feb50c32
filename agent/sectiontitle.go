package agent

// SectionTitle is the title of the section id as Sections gives it, or the
// id itself for one it does not list.
func SectionTitle(id string) string {
	for _, s := range Sections {
		if s.ID == id {
			return s.Title
		}
	}
	return id
}

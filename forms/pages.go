package forms

import "charm.land/huh/v2"

// hideGroup hides g while hide says so, and records it for RunPages.
func (b *builder) hideGroup(g *huh.Group, hide func() bool) {
	g.WithHideFunc(hide)
	if b.s.hidden == nil {
		b.s.hidden = map[*huh.Group]func() bool{}
	}
	b.s.hidden[g] = hide
}

// RunPages runs the form one page at a time through run, skipping a page
// hidden when its turn comes. huh's accessible mode asks every field of
// every page, hidden or not, so without this the More settings switch
// would change nothing there and every advanced setting would be asked.
func (s *Section) RunPages(run func(*huh.Form) error) error {
	for _, g := range s.groups {
		if hide := s.hidden[g]; hide != nil && hide() {
			continue
		}
		if err := run(huh.NewForm(g)); err != nil {
			return err
		}
	}
	return nil
}

// ShowMore turns the section's More settings switch on, so a walk to an
// advanced setting (the review's way to a problem) finds its page shown.
func (s *Section) ShowMore() {
	if f := s.byPath[moreSettingsPath]; f != nil {
		f.checked = true
	}
}

// MoreShown reports whether the section's More settings switch is on.
func (s *Section) MoreShown() bool {
	f := s.byPath[moreSettingsPath]
	return f != nil && f.checked
}

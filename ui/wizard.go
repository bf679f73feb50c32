package ui

import (
	"errors"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"

	"github.com/agentdeck/agentdeck/agent"
)

// wizardSteps are the groups of the new-draft form, in order.
var wizardSteps = []string{"Pick a template", "Pick a provider", "Name your draft"}

// wizardScreen makes a new draft: template, provider, name. The draft is
// saved the moment the name is confirmed, then the editor opens on it.
type wizardScreen struct {
	sh    *shared
	back  key.Binding
	form  *huh.Form
	taken map[string]bool

	template string
	provider string
	name     string

	saving  bool
	reqID   int
	err     string
	infos   []agent.ProviderInfo
	carry   []carryRow // what each provider can carry, for the provider step
	width   int
	height  int
	formTop int // lines above the form
}

func newWizardScreen(sh *shared, names []string) *wizardScreen {
	taken := make(map[string]bool, len(names))
	for _, n := range names {
		taken[strings.ToLower(strings.TrimSpace(n))] = true
	}
	w := &wizardScreen{sh: sh, back: sh.keys.Global.Back, taken: taken, template: agent.Templates[0].ID, formTop: 2}
	if sh.deps.Providers != nil {
		w.infos = sh.deps.Providers.List()
	}
	if len(w.infos) > 0 {
		w.provider = w.infos[0].ID
	}
	w.carry = carryRows(sh.deps.Providers, w.infos)
	w.form = w.buildForm()
	return w
}

// wizardFields builds the three steps, bound to the wizard's own values.
// Shared with the accessible flow, which runs the same questions.
func wizardFields(template, provider, name *string, infos []agent.ProviderInfo, taken map[string]bool) []*huh.Group {
	templates := make([]huh.Option[string], 0, len(agent.Templates))
	for _, t := range agent.Templates {
		templates = append(templates, huh.NewOption(t.Title+" — "+t.Summary, t.ID))
	}
	providers := make([]huh.Option[string], 0, len(infos))
	for _, p := range infos {
		providers = append(providers, huh.NewOption(p.Name+" — "+p.Summary, p.ID))
	}
	return []*huh.Group{
		huh.NewGroup(huh.NewSelect[string]().Key("template").
			Title("Template").
			Description("A starting point; you can change everything afterwards.").
			Options(templates...).Value(template)),
		huh.NewGroup(huh.NewSelect[string]().Key("provider").
			Title("Provider").
			Description("Where the agent will run. You can switch later; you are told what would not carry over.").
			Options(providers...).Value(provider)),
		huh.NewGroup(huh.NewInput().Key("name").
			Title("Name").
			Description("What you will call this agent, like “Front desk”. Press enter to create it.").
			Placeholder("Front desk").
			Value(name).
			Validate(nameCheck(taken))),
	}
}

// nameCheck accepts a name that is not empty and not taken. In accessible
// mode huh checks "" when enter keeps the value, so the message for an
// empty name is the one a person sees there too.
func nameCheck(taken map[string]bool) func(string) error {
	return func(s string) error {
		n := strings.ToLower(strings.TrimSpace(s))
		switch {
		case n == "":
			return errors.New("type a name for the draft, like Front desk")
		case taken[n]:
			return errors.New("you already have a draft called that; pick another name")
		}
		return nil
	}
}

func (w *wizardScreen) buildForm() *huh.Form {
	f := huh.NewForm(wizardFields(&w.template, &w.provider, &w.name, w.infos, w.taken)...)
	f = w.sh.prepareForm(f)
	sizeForm(f, w.width, w.height-w.top())
	return f
}

// top is the number of lines above the form: the heading, and on the
// provider step the table of what each provider can carry.
func (w *wizardScreen) top() int {
	if w.form == nil || w.step() != 1 || len(w.carry) == 0 {
		return w.formTop
	}
	return w.formTop + len(w.carryTable(w.width-2)) + 1
}

func (w *wizardScreen) Init() tea.Cmd {
	if len(w.infos) == 0 {
		return nil
	}
	return w.form.Init()
}

func (w *wizardScreen) Title() string { return "New draft" }

func (w *wizardScreen) SetSize(width, height int) {
	w.width, w.height = width, height
	sizeForm(w.form, width-2, height-w.top())
}

func (w *wizardScreen) capturesInput() bool { return formCapturesInput(w.form) }

func (w *wizardScreen) Update(msg tea.Msg) (screen, tea.Cmd) {
	switch msg := msg.(type) {
	case draftCreatedMsg:
		if msg.reqID != w.reqID {
			return w, nil
		}
		w.saving = false
		if msg.err != nil {
			// Nothing was created: show why and ask for the name again,
			// with every answer kept.
			w.err = "Could not save the new draft: " + errText(msg.err)
			w.form = w.buildForm()
			init := w.form.Init()
			return w, tea.Batch(init, w.form.NextGroup(), w.form.NextGroup())
		}
		return w, tea.Batch(
			func() tea.Msg { return openScreenMsg{to: routeEditor, draft: msg.draft, replace: true} },
			notice("Created "+quote(msg.draft.Name)+". Changes save as you go.", levelOK),
		)
	case themeChangedMsg:
		// The form looks the theme up as it draws (shared.huhTheme), but
		// huh keeps each page drawn until its next update: give it one.
		var cmd tea.Cmd
		w.form, cmd = updateForm(w.form, msg)
		return w, cmd
	case tea.KeyPressMsg:
		if len(w.infos) == 0 {
			if key.Matches(msg, w.back) {
				return w, func() tea.Msg { return backMsg{} }
			}
			return w, nil
		}
		if w.saving {
			return w, nil
		}
		if key.Matches(msg, w.back) && !formWantsEsc(w.form) {
			return w.stepBack()
		}
		w.err = ""
	}
	if w.saving {
		return w, nil
	}
	var cmd tea.Cmd
	before := w.top()
	w.form, cmd = updateForm(w.form, msg)
	if after := w.top(); after != before {
		// The provider step shows the table above the form.
		sizeForm(w.form, w.width-2, w.height-after)
	}
	switch w.form.State {
	case huh.StateCompleted:
		w.saving = true
		w.reqID = w.sh.nextID()
		return w, tea.Batch(cmd, w.createDraft(w.reqID, w.newDraft()))
	case huh.StateAborted:
		return w, func() tea.Msg { return backMsg{} }
	case huh.StateNormal:
		// still being filled in
	}
	return w, cmd
}

// stepBack goes to the previous step, or leaves the wizard from the first.
func (w *wizardScreen) stepBack() (screen, tea.Cmd) {
	if w.step() == 0 {
		return w, func() tea.Msg { return backMsg{} }
	}
	return w, w.form.PrevGroup()
}

// step is the index of the group on screen, read from the focused field.
func (w *wizardScreen) step() int {
	switch w.form.GetFocusedField().GetKey() {
	case "provider":
		return 1
	case "name":
		return 2
	}
	return 0
}

func (w *wizardScreen) newDraft() agent.Draft {
	return draftFromTemplate(w.template, w.provider, w.name, w.sh.now(), offlineProvider(w.sh.deps.Providers, w.provider))
}

// draftFromTemplate is a new, unsaved draft: the wizard's answers made
// into an agent by the template, filled only with what p, the chosen
// provider, can carry (everything the template has when p is nil).
func draftFromTemplate(templateID, provider, name string, now time.Time, p agent.Provider) agent.Draft {
	t, ok := agent.TemplateByID(templateID)
	if !ok {
		t = agent.Templates[0]
	}
	name = strings.TrimSpace(name)
	now = now.UTC()
	a := t.New(name)
	if p != nil {
		a = t.For(name, p)
	}
	return agent.Draft{
		SchemaVersion: agent.SchemaVersion,
		Name:          name,
		Provider:      provider,
		Template:      t.ID,
		Created:       now,
		Updated:       now,
		Agent:         a,
	}
}

// createDraft saves the new draft off the UI loop.
func (w *wizardScreen) createDraft(reqID int, d agent.Draft) tea.Cmd {
	store := w.sh.deps.Drafts
	return func() tea.Msg {
		err := store.Save(&d)
		return draftCreatedMsg{reqID: reqID, draft: d, err: err}
	}
}

func (w *wizardScreen) View() string {
	st := w.sh.theme.Styles.App
	if len(w.infos) == 0 {
		return "\n " + st.Error.Render("This build of agentdeck has no providers to make a draft for.") +
			"\n\n " + st.Muted.Render("Press esc to go back.")
	}
	if w.saving {
		return "\n " + st.Muted.Render("Saving your new draft…")
	}
	step := w.step()
	head := " " + st.Title.Render(wizardSteps[step]) + st.Muted.Render("  step "+itoa(step+1)+" of "+itoa(len(wizardSteps)))
	if w.err != "" {
		head += "\n " + st.Error.Render(truncate(w.err, w.width-2))
	} else {
		head += "\n"
	}
	if step == 1 && len(w.carry) > 0 {
		head += "\n" + indent(strings.Join(w.carryTable(w.width-2), "\n"), 1) + "\n"
	}
	return head + "\n" + indent(w.form.View(), 1)
}

func (w *wizardScreen) ShortHelp() []key.Binding {
	b := w.back
	if w.step() == 0 {
		b.SetHelp("esc", "cancel")
	} else {
		b.SetHelp("esc", "previous step")
	}
	if formWantsEsc(w.form) {
		b.SetEnabled(false)
	}
	return append(formKeys(w.form, true), enabled(b)...)
}

func (w *wizardScreen) FullHelp() [][]key.Binding {
	return [][]key.Binding{formKeys(w.form, false), w.ShortHelp()[len(formKeys(w.form, true)):]}
}
